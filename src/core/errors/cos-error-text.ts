// The COS rows of the error table: COS's error codes (https://www.tencentcloud.com/document/product/436/7730)
// and the client failures, in the operator's words with the fix on COS — CAM policies (name/cos:GetObject),
// the COS console's menus, Tencent Cloud support. describe-oss-error.ts reads this table for a COS bucket;
// a row missing here falls back to the OSS table only where that row names no cloud (ClientOffline).
import type { OssErrorTextEntry } from './oss-error-text';

export const COS_ERROR_TEXT = {
  'AccessDenied.expired': {
    text: {
      'en-US': {
        title: 'COS refused the request: it has expired.',
        fix: 'If the link should still be valid, check this computer’s clock (it must match internet time). Otherwise make a new link with a longer validity.',
      },
      'zh-CN': {
        title: 'COS 拒绝了请求：请求已过期。',
        fix: '如果链接本应仍然有效，请检查本机时钟是否与网络时间一致；否则请重新生成一个有效期更长的链接。',
      },
    },
  },
  'AccessDenied.policy': {
    text: {
      'en-US': {
        title: 'COS refused the request: the temporary key is not allowed to do this.',
        fix: 'The broker’s policy (or the CAM role behind it) does not cover this bucket, folder or action. Ask the broker’s administrator to add it — for listing name/cos:GetBucket, for links name/cos:GetObject, for uploads name/cos:PutObject and the multipart actions, on qcs::cos:<region>:uid/<APPID>:<bucket>/<folder>/* — or choose a bucket and folder the broker grants.',
      },
      'zh-CN': {
        title: 'COS 拒绝了请求：当前临时密钥无权执行此操作。',
        fix: 'STS 代理的策略（或其背后的 CAM 角色）未覆盖此存储桶、目录或操作。请联系代理管理员添加权限——列举需要 name/cos:GetBucket，链接需要 name/cos:GetObject，上传需要 name/cos:PutObject 及分块上传相关操作，资源为 qcs::cos:<地域>:uid/<APPID>:<存储桶>/<目录>/*——或改用代理授权的存储桶和目录。',
      },
    },
  },
  'AccessDenied.referer': {
    text: {
      'en-US': {
        title: 'COS refused the request because of the bucket’s hotlink protection (Referer) rule.',
        fix: 'Add this console’s address to the bucket’s Referer allowlist, or allow an empty Referer, in the COS console (bucket → Security Management → Hotlink Protection).',
      },
      'zh-CN': {
        title: 'COS 因存储桶的防盗链（Referer）规则拒绝了请求。',
        fix: '请在 COS 控制台（存储桶 → 安全管理 → 防盗链设置）中将本控制台地址加入 Referer 白名单，或允许空 Referer。',
      },
    },
  },
  'AccessDenied.sourceIp': {
    text: {
      'en-US': {
        title: 'COS refused the request: it comes from a network the policy does not allow.',
        fix: 'Open the link from the allowed IP range or VPC, or ask the broker’s administrator to drop the qcs:ip condition.',
      },
      'zh-CN': {
        title: 'COS 拒绝了请求：请求来源网络不在策略允许的范围内。',
        fix: '请从允许的 IP 段或 VPC 访问，或请代理管理员去掉 qcs:ip 条件。',
      },
    },
  },
  RequestTimeTooSkewed: {
    text: {
      'en-US': {
        title: 'This computer’s clock differs from COS’s by more than 15 minutes.',
        fix: 'Set the clock to internet time (automatic date and time), then reload the console.',
      },
      'zh-CN': {
        title: '本机时钟与 COS 相差超过 15 分钟。',
        fix: '请将系统时间设为自动同步网络时间，然后重新加载控制台。',
      },
    },
  },
  SignatureDoesNotMatch: {
    text: {
      'en-US': {
        title: 'COS computed a different signature for this request.',
        fix: 'Check this computer’s clock first. If the link uses a custom domain, make sure it is set up as an origin-server domain of this very bucket (COS console → bucket → Domain and Transfer Management → Custom Origin Domain); a CDN domain in front of COS needs its own authentication. Otherwise refresh the credentials and make the link again.',
      },
      'zh-CN': {
        title: 'COS 计算出的签名与请求中的签名不一致。',
        fix: '请先检查本机时钟。如果链接使用了自定义域名，请确认它是此存储桶的自定义源站域名（COS 控制台 → 存储桶 → 域名与传输管理 → 自定义源站域名）；COS 之前的 CDN 加速域名需要单独的鉴权配置。否则请刷新凭证后重新生成链接。',
      },
    },
  },
  InvalidAccessKeyId: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'COS does not know the SecretId of this temporary key.',
        fix: 'The temporary key was revoked or belongs to another account. Refresh the credentials; if it persists, check the broker’s Tencent Cloud account and region.',
      },
      'zh-CN': {
        title: 'COS 无法识别当前临时密钥的 SecretId。',
        fix: '临时密钥可能已被吊销，或属于其他账号。请刷新凭证；若问题仍在，请检查代理所用的腾讯云账号和地域。',
      },
    },
  },
  ExpiredToken: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'The temporary key’s session token has expired.',
        fix: 'Refresh the credentials (the console does this once by itself). Links made with the old key stopped working: make them again.',
      },
      'zh-CN': {
        title: '临时密钥的会话令牌（Token）已过期。',
        fix: '请刷新凭证（控制台会自动刷新一次）。用旧密钥生成的链接已失效，请重新生成。',
      },
    },
  },
  InvalidToken: {
    refreshCredentials: true,
    text: {
      'en-US': {
        title: 'COS rejected the temporary key’s session token.',
        fix: 'Refresh the credentials. If it persists, the broker hands out tokens COS does not accept: check that it runs in Tencent mode with this account.',
      },
      'zh-CN': {
        title: 'COS 拒绝了临时密钥的会话令牌（Token）。',
        fix: '请刷新凭证。若问题仍在，说明代理签发的令牌不被 COS 接受，请检查代理是否以腾讯云模式、使用此账号运行。',
      },
    },
  },
  NoSuchBucket: {
    text: {
      'en-US': {
        title: 'The bucket does not exist in this region.',
        fix: 'Check the bucket name — on COS it ends in -APPID, e.g. media-1250000000 — and its region in the broker’s configuration: a bucket lives in one region.',
      },
      'zh-CN': {
        title: '此地域下不存在该存储桶。',
        fix: '请检查存储桶名称（COS 的存储桶名以 -APPID 结尾，如 media-1250000000）以及代理配置中的地域：存储桶只属于一个地域。',
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
        title: '该对象不存在（或已不存在）。',
        fix: '对象可能已被删除或重命名，请重新加载目录列表。',
      },
    },
  },
  NoSuchUpload: {
    text: {
      'en-US': {
        title: 'COS no longer knows this multipart upload.',
        fix: 'It was completed, aborted, or removed by a lifecycle rule. Start the upload again; the console restarts it by itself when it can.',
      },
      'zh-CN': {
        title: 'COS 中已不存在此分块上传任务。',
        fix: '该任务可能已完成、被中止或被生命周期规则清理。请重新上传；控制台能自动重传时会自行重传。',
      },
    },
  },
  EntityTooLarge: {
    text: {
      'en-US': {
        title: 'The file is larger than COS accepts in one request.',
        fix: 'One PUT takes at most 5 GB. Use Upload in the console (it sends big files in parts), or split the file.',
      },
      'zh-CN': {
        title: '文件超过了 COS 单次请求允许的大小。',
        fix: '简单上传（PUT）最大 5 GB。请使用控制台的“上传”（大文件会分块上传），或拆分文件。',
      },
    },
  },
  InvalidObjectName: {
    text: {
      'en-US': {
        title: 'COS does not accept this object name.',
        fix: 'Choose another name: no control characters, and no name made only of "." or "/" segments.',
      },
      'zh-CN': {
        title: 'COS 不接受此对象名。',
        fix: '请换一个名称：不能含控制字符，也不能只由“.”或“/”组成。',
      },
    },
  },
  KeyTooLong: {
    text: {
      'en-US': {
        title: 'The object name is longer than COS allows.',
        fix: 'COS takes at most 850 bytes of UTF-8 for the whole key (folder included). Use a shorter name or a shallower folder.',
      },
      'zh-CN': {
        title: '对象名超过了 COS 允许的长度。',
        fix: 'COS 对象键（含目录）的 UTF-8 编码最长 850 字节。请使用更短的名称或更浅的目录。',
      },
    },
  },
  DownloadForbidden: {
    text: {
      'en-US': {
        title: 'COS refuses to serve .apk and .ipa files from this bucket’s default or acceleration domain.',
        fix: 'Choose a custom domain bound to this bucket in the URL panel’s Domain setting (COS console → bucket → Domain and Transfer Management).',
      },
      'zh-CN': {
        title: 'COS 禁止通过此存储桶的默认域名或全球加速域名下载 .apk 与 .ipa 文件。',
        fix: '请在链接面板的“域名”中选择绑定到此存储桶的自定义域名（COS 控制台 → 存储桶 → 域名与传输管理）。',
      },
    },
  },
  PathStyleDomainForbidden: {
    text: {
      'en-US': {
        title: 'COS refuses path-style addresses (host/bucket/key) for this bucket.',
        fix: 'Use the virtual-hosted domain <bucket>.cos.<region>.myqcloud.com. If you typed a custom domain that ends in myqcloud.com, choose the default domain instead.',
      },
      'zh-CN': {
        title: 'COS 不允许此存储桶使用路径式地址（主机/存储桶/对象）。',
        fix: '请使用虚拟主机式域名 <存储桶>.cos.<地域>.myqcloud.com。如果您输入的自定义域名以 myqcloud.com 结尾，请改选默认域名。',
      },
    },
  },
  NoSuchDomainConfiguration: {
    text: {
      'en-US': {
        title: 'This bucket has no custom domain on COS.',
        fix: 'Bind one in the COS console (bucket → Domain and Transfer Management → Custom Origin Domain), or type the domain in the URL panel.',
      },
      'zh-CN': {
        title: '此存储桶在 COS 上没有自定义域名。',
        fix: '请在 COS 控制台（存储桶 → 域名与传输管理 → 自定义源站域名）中绑定，或在链接面板中输入域名。',
      },
    },
  },
  InvalidURI: {
    text: {
      'en-US': {
        title: 'COS could not parse the address of the request.',
        fix: 'The object name may hold characters COS does not take in a URL. Check the name; if it is fine, report the RequestId below.',
      },
      'zh-CN': {
        title: 'COS 无法解析请求地址。',
        fix: '对象名中可能含有 COS 在 URL 中不接受的字符。请检查名称；若名称无误，请报告下方的请求 ID。',
      },
    },
  },
  AccessForbidden: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The bucket’s CORS rules do not allow this console’s origin.',
        fix: 'Add the CORS rule below to the bucket (COS console → bucket → Security Management → CORS (Cross-Origin Resource Sharing)).',
      },
      'zh-CN': {
        title: '存储桶的跨域（CORS）规则不允许本控制台的来源。',
        fix: '请将下方的 CORS 规则添加到存储桶（COS 控制台 → 存储桶 → 安全管理 → 跨域访问 CORS 设置）。',
      },
    },
  },
  NetworkError: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The browser got no answer from COS.',
        fix: 'Most often the bucket has no CORS rule for this console’s origin: add the rule below (COS console → bucket → Security Management → CORS (Cross-Origin Resource Sharing)). Otherwise check the network connection and the bucket’s region.',
      },
      'zh-CN': {
        title: '浏览器未收到 COS 的响应。',
        fix: '最常见的原因是存储桶没有针对本控制台来源的 CORS 规则：请添加下方规则（COS 控制台 → 存储桶 → 安全管理 → 跨域访问 CORS 设置）。否则请检查网络连接和存储桶的地域。',
      },
    },
  },
  CorsRefused: {
    showCorsRule: true,
    text: {
      'en-US': {
        title: 'The bucket’s CORS rule refused this request from the console.',
        fix: 'COS itself answers; its CORS rule does not allow this console’s origin, method or headers. Add the rule below (COS console → bucket → Security Management → CORS (Cross-Origin Resource Sharing)).',
      },
      'zh-CN': {
        title: '存储桶的跨域（CORS）规则拒绝了来自控制台的此请求。',
        fix: 'COS 本身可以访问，但其 CORS 规则不允许本控制台的来源、方法或请求头。请添加下方规则（COS 控制台 → 存储桶 → 安全管理 → 跨域访问 CORS 设置）。',
      },
    },
  },
  OssUnreachable: {
    text: {
      'en-US': {
        title: 'COS cannot be reached from this computer.',
        fix: 'Check the network connection, a proxy or firewall, and the bucket’s region.',
      },
      'zh-CN': { title: '本机无法访问 COS。', fix: '请检查网络连接、代理或防火墙，以及存储桶的地域。' },
    },
  },
  RequestTimeoutClient: {
    text: {
      'en-US': { title: 'COS did not answer in time.', fix: 'Check the network connection and try again.' },
      'zh-CN': { title: 'COS 未能及时响应。', fix: '请检查网络连接后重试。' },
    },
  },
  ServiceUnavailable: {
    text: {
      'en-US': {
        title: 'COS is busy or throttling requests.',
        fix: 'Wait a moment and try again; the console retries page loads by itself.',
      },
      'zh-CN': { title: 'COS 繁忙或正在限流。', fix: '请稍候重试；控制台加载分页时会自动重试。' },
    },
  },
  SlowDown: {
    text: {
      'en-US': {
        title: 'COS asks for fewer requests per second.',
        fix: 'Wait a moment and try again; the console retries page loads by itself.',
      },
      'zh-CN': { title: 'COS 要求降低请求频率。', fix: '请稍候重试；控制台加载分页时会自动重试。' },
    },
  },
  InternalError: {
    text: {
      'en-US': {
        title: 'COS failed internally.',
        fix: 'Try again. If it persists, report the RequestId below to Tencent Cloud support.',
      },
      'zh-CN': {
        title: 'COS 内部错误。',
        fix: '请重试。若问题持续，请将下方的请求 ID 提交给腾讯云技术支持。',
      },
    },
  },
  Unknown: {
    text: {
      'en-US': {
        title: 'COS refused the request.',
        fix: 'Read COS’s message and code below; the RequestId lets Tencent Cloud support trace the request.',
      },
      'zh-CN': {
        title: 'COS 拒绝了请求。',
        fix: '请查看下方 COS 返回的信息和错误码；腾讯云技术支持可凭请求 ID 追踪该请求。',
      },
    },
  },
} as const satisfies Record<string, OssErrorTextEntry>;

export type CosErrorTextKey = keyof typeof COS_ERROR_TEXT;
