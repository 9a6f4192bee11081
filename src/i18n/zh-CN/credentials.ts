import type { credentials as en } from '../en-US/credentials';

export const credentials: Record<keyof typeof en, string> = {
  'credentials.label': '临时凭证',
  'credentials.timeLeft': '剩余 {time}',
  'credentials.expiresAt': '{bucket} 的 STS 临时凭证将于 {time} 过期',
  'credentials.idle': '尚未申请',
  'credentials.loading': '申请中…',
  'credentials.refreshing': '刷新中…',
  'credentials.expired': '已过期',
  'credentials.error': '刷新失败',
  'credentials.refreshNow': '立即刷新凭证',
  'credentials.bannerTitle': '凭证服务未能为 {bucket} 续期临时凭证。',
  'credentials.bannerStillValid': '当前凭证还可使用 {time}。',
  'credentials.retrying': '正在重试…',
};
