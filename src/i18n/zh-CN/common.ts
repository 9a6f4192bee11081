import type { common as en } from '../en-US/common';

export const common: Record<keyof typeof en, string> = {
  'app.title': 'OSS 链接控制台',
  'app.tagline': '用签名链接分享阿里云 OSS 中的文件。',
  'nav.browse': '浏览',
  'nav.settings': '设置',
  'nav.skipToList': '跳到对象列表',
  'nav.skipToMain': '跳到页面内容',
  'nav.main': '主导航',
  'language.label': '语言',
  'common.copy': '复制',
  'common.copied': '已复制',
  'common.retry': '重试',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.requestId': '请求 ID：{id}',
  'notFound.title': '页面不存在',
  'notFound.body': '地址 {path} 不是本控制台的页面。',
  'notFound.home': '前往存储桶',
};
