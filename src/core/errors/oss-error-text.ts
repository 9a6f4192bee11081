// One table: OSS error (code, or code.variant where one code has several causes) → operator text with the
// fix, in every console language. describe-oss-error.ts picks the row; the UI only renders it.

export type ConsoleLocale = 'en-US' | 'zh-CN';
export const CONSOLE_LOCALES: readonly ConsoleLocale[] = ['en-US', 'zh-CN'];

export interface ErrorText {
  /** what went wrong, one sentence */
  title: string;
  /** what the operator does about it */
  fix: string;
}

export interface OssErrorTextEntry {
  text: Readonly<Record<ConsoleLocale, ErrorText>>;
  /** new STS credentials may fix it: the client refreshes once and retries */
  refreshCredentials?: boolean;
  /** show the bucket CORS rule for this console's origin */
  showCorsRule?: boolean;
}

export const OSS_ERROR_TEXT = {
  'AccessDenied.expired': {
    text: {
      'en-US': {
        title: 'OSS refused the request: it has expired.',
        fix: 'If the link should still be valid, check this computer’s clock (it must match internet time). Otherwise make a new link with a longer validity.',
      },
      'zh-CN': {
        title: 'OSS 拒绝了请求：请求已过期。',
        fix: '如果链接本应仍然有效，请检查本机时钟是否与网络时间一致；否则请重新生成一个有效期更长的链接。',
      },
    },
  },
  'AccessDenied.policy': {
    text: {
      'en-US': {
        title: 'OSS refused the request: the credentials are not allowed to do this.',
        fix: 'The broker’s session policy (or the RAM role behind it) does not cover this bucket, prefix or action. Ask the broker’s administrator to add it (for listing: oss:ListObjects with an oss:Prefix condition covering this folder), or choose a bucket and prefix the broker grants.',
      },
      'zh-CN': {
        title: 'OSS 拒绝了请求：当前凭证无权执行此操作。',
        fix: 'STS 代理的会话策略（或其背后的 RAM 角色）未覆盖此 Bucket、前缀或操作。请联系代理管理员添加权限（列举需要 oss:ListObjects，且 oss:Prefix 条件覆盖此目录），或改用代理授权的 Bucket 和前缀。',
      },
    },
  },
  'AccessDenied.referer': {
    text: {
      'en-US': {
        title: 'OSS refused the request because of the bucket’s Referer (hotlink protection) rule.',
        fix: 'Add this console’s address to the bucket’s Referer whitelist, or allow empty Referer, in the OSS console (Data Security → Hotlink Protection).',
      },
      'zh-CN': {
        title: 'OSS 因 Bucket 的防盗链（Referer）规则拒绝了请求。',
        fix: '请在 OSS 控制台（数据安全 → 防盗链）中将本控制台地址加入 Referer 白名单，或允许空 Referer。',
      },
    },
  },
  'AccessDenied.sourceIp': {
    text: {
      'en-US': {
        title: 'OSS refused the request: it comes from a network the link or policy does not allow.',
        fix: 'Open the link from the allowed IP range or VPC, or make a new link without the source restriction.',
      },
      'zh-CN': {
        title: 'OSS 拒绝了请求：请求来源网络不在链接或策略允许的范围内。',
        fix: '请从允许的 IP 段或 VPC 访问，或重新生成不带来源限制的链接。',
      },
    },
  },
  RequestTimeTooSkewed: {
    text: {
      'en-US': {
        title: 'This computer’s clock differs from OSS’s by more than 15 minutes.',
        fix: 'Set the clock to internet time (automatic date and time), then reload the console.',
      },
      'zh-CN': {
        title: '本机时钟与 OSS 相差超过 15 分钟。',
        fix: '请将系统时间设为自动同步网络时间，然后重新加载控制台。',
      },
    },
  },
  SignatureDoesNotMatch: {
    text: {
      'en-US': {
        title: 'OSS computed a different signature for this request.',
        fix: 'Check this computer’s clock first. If the link uses a custom domain, make sure that domain is mapped (CNAME) to this very bucket in the OSS console; a domain mapped to another bucket fails this way. Otherwise refresh the credentials and make the link again.',
      },
      'zh-CN': {
        title: 'OSS 计算出的签名与请求中的签名不一致。',
        fix: '请先检查本机时钟。如果链接使用了自定义域名，请确认该域名在 OSS 控制台中绑定（CNAME）到的正是此 Bucket；绑定到其他 Bucket 的域名会出现此错误。否则请刷新凭证后重新生成链接。',
      },
    },
  },
  InvalidAccessKeyId: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'OSS does not know the AccessKey ID of these credentials.',
        fix: 'The temporary credentials were revoked or belong to another account or region. Refresh the credentials; if it persists, check the broker’s region and endpoint.',
      },
      'zh-CN': {
        title: 'OSS 无法识别当前凭证的 AccessKey ID。',
        fix: '临时凭证可能已被吊销，或属于其他账号或地域。请刷新凭证；若问题仍在，请检查代理配置的地域和 Endpoint。',
      },
    },
  },
  SecurityTokenExpired: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'The STS security token has expired.',
        fix: 'Refresh the credentials (the console does this once by itself). Links made with the old token stopped working: make them again.',
      },
      'zh-CN': {
        title: 'STS 安全令牌已过期。',
        fix: '请刷新凭证（控制台会自动刷新一次）。用旧令牌生成的链接已失效，请重新生成。',
      },
    },
  },
  InvalidSecurityToken: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'OSS rejected the STS security token.',
        fix: 'Refresh the credentials. If it persists, the broker hands out tokens OSS does not accept: check its mode and region.',
      },
      'zh-CN': {
        title: 'OSS 拒绝了 STS 安全令牌。',
        fix: '请刷新凭证。若问题仍在，说明代理签发的令牌不被 OSS 接受，请检查代理的模式和地域。',
      },
    },
  },
  NoSuchBucket: {
    text: {
      'en-US': {
        title: 'The bucket does not exist at this endpoint.',
        fix: 'Check the bucket name and its region in Settings: a bucket lives in one region, and the endpoint must be that region’s.',
      },
      'zh-CN': {
        title: '此 Endpoint 下不存在该 Bucket。',
        fix: '请在设置中检查 Bucket 名称及其地域：Bucket 只属于一个地域，Endpoint 必须是该地域的。',
      },
    },
  },
  NoSuchKey: {
    text: {
      'en-US': {
        title: 'The object does not exist (any more).',
        fix: 'It was deleted or renamed. Reload the folder listing.',
      },
      'zh-CN': {
        title: '该文件不存在（或已不存在）。',
        fix: '文件可能已被删除或重命名，请重新加载目录列表。',
      },
    },
  },
  ApkDownloadForbidden: {
    text: {
      'en-US': {
        title: 'OSS refuses .apk and .ipa downloads from its default and accelerate domains.',
        fix: 'Choose a custom domain mapped to this bucket in the URL panel’s Domain setting.',
      },
      'zh-CN': {
        title: 'OSS 禁止通过默认域名和加速域名下载 .apk 与 .ipa 文件。',
        fix: '请在链接面板的“域名”中选择绑定到此 Bucket 的自定义域名。',
      },
    },
  },
  AccessForbidden: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The bucket’s CORS rules do not allow this console’s origin.',
        fix: 'Add the CORS rule below to the bucket (OSS console → bucket → Data Security → CORS).',
      },
      'zh-CN': {
        title: 'Bucket 的跨域（CORS）规则不允许本控制台的来源。',
        fix: '请将下方的 CORS 规则添加到 Bucket（OSS 控制台 → Bucket → 数据安全 → 跨域设置）。',
      },
    },
  },
  NetworkError: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The browser got no answer from OSS.',
        fix: 'Most often the bucket has no CORS rule for this console’s origin: add the rule below (OSS console → bucket → Data Security → CORS). Otherwise check the network connection and the endpoint in Settings.',
      },
      'zh-CN': {
        title: '浏览器未收到 OSS 的响应。',
        fix: '最常见的原因是 Bucket 没有针对本控制台来源的 CORS 规则：请添加下方规则（OSS 控制台 → Bucket → 数据安全 → 跨域设置）。否则请检查网络连接和设置中的 Endpoint。',
      },
    },
  },
  ClientOffline: {
    text: {
      'en-US': {
        title: 'This computer is offline.',
        fix: 'Nothing is lost: the console goes on by itself when the network is back.',
      },
      'zh-CN': { title: '本机已断开网络。', fix: '进度不会丢失：网络恢复后控制台会自动继续。' },
    },
  },
  CorsRefused: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The bucket’s CORS rule refused this request from the console.',
        fix: 'OSS itself answers; its CORS rule does not allow this console’s origin, method or headers. Add the rule below (OSS console → bucket → Data Security → CORS).',
      },
      'zh-CN': {
        title: 'Bucket 的跨域（CORS）规则拒绝了来自控制台的此请求。',
        fix: 'OSS 本身可以访问，但其 CORS 规则不允许本控制台的来源、方法或请求头。请添加下方规则（OSS 控制台 → Bucket → 数据安全 → 跨域设置）。',
      },
    },
  },
  OssUnreachable: {
    text: {
      'en-US': {
        title: 'OSS cannot be reached from this computer.',
        fix: 'Check the network connection, a proxy or firewall, and the endpoint in Settings.',
      },
      'zh-CN': { title: '本机无法访问 OSS。', fix: '请检查网络连接、代理或防火墙，以及设置中的 Endpoint。' },
    },
  },
  RequestTimeoutClient: {
    text: {
      'en-US': {
        title: 'OSS did not answer in time.',
        fix: 'Check the network connection and try again.',
      },
      'zh-CN': { title: 'OSS 未能及时响应。', fix: '请检查网络连接后重试。' },
    },
  },
  ServiceUnavailable: {
    text: {
      'en-US': {
        title: 'OSS is busy or throttling requests.',
        fix: 'Wait a moment and try again; the console retries page loads by itself.',
      },
      'zh-CN': { title: 'OSS 繁忙或正在限流。', fix: '请稍候重试；控制台加载分页时会自动重试。' },
    },
  },
  InternalError: {
    text: {
      'en-US': {
        title: 'OSS failed internally.',
        fix: 'Try again. If it persists, report the RequestId below to Alibaba Cloud support.',
      },
      'zh-CN': {
        title: 'OSS 内部错误。',
        fix: '请重试。若问题持续，请将下方的请求 ID 提交给阿里云技术支持。',
      },
    },
  },
  Unknown: {
    text: {
      'en-US': {
        title: 'OSS refused the request.',
        fix: 'Read OSS’s message and code below; the RequestId lets Alibaba Cloud support trace the request.',
      },
      'zh-CN': {
        title: 'OSS 拒绝了请求。',
        fix: '请查看下方 OSS 返回的信息和错误码；阿里云技术支持可凭请求 ID 追踪该请求。',
      },
    },
  },
} as const satisfies Record<string, OssErrorTextEntry>;

export type OssErrorTextKey = keyof typeof OSS_ERROR_TEXT;

/** Labels of the lines under the message. */
export const DETAIL_LABELS: Readonly<Record<ConsoleLocale, { requestId: string; ec: string; code: string }>> =
  {
    'en-US': { requestId: 'RequestId', ec: 'EC', code: 'Code' },
    'zh-CN': { requestId: '请求 ID（RequestId）', ec: '诊断码（EC）', code: '错误码' },
  };
