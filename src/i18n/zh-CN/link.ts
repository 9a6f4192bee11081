import type { link as en } from '../en-US/link';

export const link: Record<keyof typeof en, string> = {
  'link.actions': '链接',
  'link.updating': '正在按表单更新链接…',
  'link.blocked': '暂无链接：{reason}',
  'link.lastOptions': '这是您上次使用的选项。',
  'link.resetOptions': '恢复默认',
  'link.capped':
    '您要求 {asked}，凭证服务只授予了 {granted}。此链接的实际失效时间为 {until}（{works}），而不是 {askedUntil}。如需分享更长的链接，请调高 RAM 角色的最大会话时间和凭证服务的上限（BROKER_MAX_DURATION）。',
  'qr.label': '链接的二维码',
  'qr.hardToScan': '此链接较长（二维码版本 {version}）：部分手机无法从屏幕上扫描。更短的形式更易扫描。',
  'qr.useShorter': '改用 V1 签名（短 {saved} 个字符）',
  'qr.tooLong': '此链接（{length} 个字符）太长，无法生成二维码。请改为复制链接。',
};
