// Every CoreProblem as the operator reads it, in each language the console speaks: what is wrong and
// what to do. One table per language, typed so that a code without a sentence fails the typecheck.
import type { CoreProblem, CoreProblemCode, HostReason } from './core-problem';

export type ProblemLanguage = 'en-US' | 'zh-CN';

export interface ProblemText {
  problem: string;
  fix: string;
}

type Table = { [C in CoreProblemCode]: (p: Extract<CoreProblem, { code: C }>) => ProblemText };

const HOST_REASON_EN: Record<HostReason, (part: string) => string> = {
  empty: () => 'is empty',
  path: () => 'contains a path, query, user name or space',
  port: () => 'has an invalid port',
  long: () => 'is longer than 253 characters',
  'not-fqdn': () => 'is not a fully qualified host name',
  ip: () => 'is an IP address; OSS needs a host name',
  label: (part) =>
    `has an invalid part “${part}” (letters, digits and inner hyphens only; punycode for non-ASCII names)`,
  punycode: (part) => `has a part “${part}” that starts with “xn--” but is not valid punycode`,
};

const HOST_REASON_ZH: Record<HostReason, (part: string) => string> = {
  empty: () => '为空',
  path: () => '包含路径、查询参数、用户名或空格',
  port: () => '的端口无效',
  long: () => '超过 253 个字符',
  'not-fqdn': () => '不是完整的主机名',
  ip: () => '是 IP 地址；OSS 需要主机名',
  label: (part) =>
    `含有无效的部分“${part}”（只能使用字母、数字和中间的连字符；非 ASCII 域名请使用 punycode）`,
  punycode: (part) => `中的“${part}”以“xn--”开头，却不是有效的 punycode`,
};

/** 60 → "1 minute", 32400 → "9 hours", 604800 → "7 days" */
function spanEn(seconds: number): string {
  const [n, unit] = spanOf(seconds);
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
function spanZh(seconds: number): string {
  const [n, unit] = spanOf(seconds);
  return `${n} ${{ day: '天', hour: '小时', minute: '分钟', second: '秒' }[unit]}`;
}
function spanOf(seconds: number): [number, 'day' | 'hour' | 'minute' | 'second'] {
  if (seconds % 86400 === 0) return [seconds / 86400, 'day'];
  if (seconds % 3600 === 0) return [seconds / 3600, 'hour'];
  if (seconds % 60 === 0) return [seconds / 60, 'minute'];
  return [seconds, 'second'];
}

const BUCKET_FIX_EN =
  'Bucket names have 3–63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit.';
const COS_BUCKET_FIX_EN =
  'A COS bucket name is BucketName-APPID, e.g. examplebucket-1250000000: lowercase letters, digits and inner hyphens, then "-" and the APPID (digits) shown in the COS console.';
const COS_REGION_FIX_EN =
  'Use the region ID shown in the COS console for the bucket, e.g. ap-guangzhou or ap-beijing.';
const COS_BUCKET_FIX_ZH =
  'COS Bucket 名称为 BucketName-APPID，例如 examplebucket-1250000000：小写字母、数字和中间的连字符，然后是“-”和 COS 控制台中显示的 APPID（数字）。';
const COS_REGION_FIX_ZH = '使用 COS 控制台中该 Bucket 的地域 ID，例如 ap-guangzhou 或 ap-beijing。';

const enUS: Table = {
  KEY_EMPTY: () => ({ problem: 'The object key is empty.', fix: 'Choose an object, or type its full key.' }),
  KEY_LEADING_SLASH: (p) => ({
    problem: `The object key "${p.key.slice(0, 40)}" starts with "${p.char}", which ${p.cloud} does not allow.`,
    fix: 'Remove the leading slash: keys are relative to the bucket, e.g. "photos/a.jpg".',
  }),
  KEY_INVALID_UNICODE: () => ({
    problem: 'The object key contains a broken Unicode character (a lone surrogate).',
    fix: 'Retype the key; it must be valid UTF-8.',
  }),
  KEY_TOO_LONG: (p) => ({
    problem: `The object key is ${p.bytes} bytes long in UTF-8; ${p.cloud} allows at most ${p.max}.`,
    fix: 'Use a shorter key.',
  }),
  KEY_INVALID_CHARACTER: (p) => ({
    problem: `The object key contains the control character U+${p.codePoint}, which ${p.cloud} does not allow (CAN, EM, SUB and ESC are reserved).`,
    fix: 'Rename the object without control characters.',
  }),
  BUCKET_INVALID: (p) => ({ problem: `"${p.bucket}" is not a valid bucket name.`, fix: BUCKET_FIX_EN }),
  BUCKET_PUNYCODE: (p) => ({
    problem: `"${p.bucket}" starts with "xn--" but is not valid punycode: no browser can open a link to it.`,
    fix: `Check the bucket name in the ${p.cloud} console; a name starting with "xn--" must be valid punycode.`,
  }),
  COS_BUCKET_NO_APPID: (p) => ({
    problem: `"${p.bucket.slice(0, 80)}" is not a COS bucket name: it does not end with "-APPID".`,
    fix: COS_BUCKET_FIX_EN,
  }),
  COS_BUCKET_UPPERCASE: (p) => ({
    problem: `"${p.bucket.slice(0, 80)}" has uppercase letters, which COS bucket names do not allow.`,
    fix: COS_BUCKET_FIX_EN,
  }),
  COS_BUCKET_CHARACTERS: (p) => ({
    problem: `"${p.bucket.slice(0, 80)}" is not a valid COS bucket name (only lowercase letters, digits and hyphens, not starting or ending with "-").`,
    fix: COS_BUCKET_FIX_EN,
  }),
  COS_BUCKET_TOO_LONG: (p) => ({
    problem: `"${p.bucket.slice(0, 80)}" is too long for region ${p.region}: its host ${p.host} has ${p.length} characters, COS allows ${p.max}.`,
    fix: 'Check the bucket name in the COS console; BucketName, APPID and region together make at most 60 characters of host.',
  }),
  REGION_INVALID: (p) => ({
    problem: `"${p.region}" is not a valid region ID.`,
    fix: 'Use a region ID such as cn-hangzhou (see the bucket overview in the OSS console).',
  }),
  COS_REGION_ACCELERATE: (p) => ({
    problem: `"${p.region.slice(0, 80)}" is not a region: global acceleration is a host choice.`,
    fix: 'Keep the bucket’s own region and choose the acceleration host instead.',
  }),
  COS_REGION_RETIRED: (p) => ({
    problem: `"${p.region.slice(0, 80)}" is a retired COS region name.`,
    fix: COS_REGION_FIX_EN,
  }),
  COS_REGION_INVALID: (p) => ({
    problem: `"${p.region.slice(0, 80)}" is not a COS region ID.`,
    fix: COS_REGION_FIX_EN,
  }),
  VALIDITY_OUT_OF_RANGE: (p) => ({
    problem: `A validity of ${p.seconds} seconds is outside the allowed range.`,
    fix: `Choose a whole number of seconds from ${p.min} (${spanEn(p.min)}) to ${p.max} (${spanEn(p.max)}).`,
  }),
  VALIDITY_NOT_A_NUMBER: (p) => ({
    problem: 'The validity is empty or not a number.',
    fix: `Choose a whole number of seconds from ${p.min} (${spanEn(p.min)}) to ${p.max} (${spanEn(p.max)}).`,
  }),
  V4_EXPIRES_OUT_OF_RANGE: (p) => ({
    problem: `A V4 URL cannot be valid for ${p.seconds} seconds.`,
    fix: `Choose 1–${p.max} seconds (7 days), the V4 limit.`,
  }),
  V1_EXPIRES_INVALID: (p) => ({
    problem: `A V1 URL cannot be valid for ${p.seconds} seconds.`,
    fix: 'Choose a whole, positive number of seconds.',
  }),
  COS_EXPIRES_INVALID: (p) => ({
    problem: `A COS URL cannot be valid for ${p.seconds} seconds.`,
    fix: 'Choose a whole, positive number of seconds.',
  }),
  COS_START_TIME_INVALID: (p) => ({
    problem: `The signature start time ${p.value} is not a Unix time in seconds.`,
    fix: 'Pass whole seconds since 1970, e.g. the temporary key’s StartTime.',
  }),
  DOMAIN_INVALID: (p) => ({
    problem: `The custom domain “${p.input}” ${HOST_REASON_EN[p.reason](p.part ?? '')}.`,
    fix: 'Type just the host name mapped to the bucket, e.g. files.example.com.',
  }),
  ENDPOINT_INVALID: (p) => ({
    problem: `The endpoint “${p.input}” ${HOST_REASON_EN[p.reason](p.part ?? '')}.`,
    fix: 'Type just the host name (and port if needed), e.g. oss-cn-hangzhou.aliyuncs.com.',
  }),
  PORT_INVALID: (p) => ({
    problem: `The ${p.which} port ${p.port} is not a port number.`,
    fix: 'Use 1–65535, or leave it empty.',
  }),
  ORIGIN_INVALID: (p) => ({
    problem: `"${p.origin}" is not a browser origin.`,
    fix: 'Use the console address as the browser shows it, scheme and host (and port) only, e.g. https://console.example.com.',
  }),
  CREDENTIALS_INVALID: () => ({
    problem: 'The signing credentials have an empty AccessKeyId or AccessKeySecret.',
    fix: 'Reconnect to the credentials broker.',
  }),
  COS_CREDENTIALS_INVALID: () => ({
    problem: 'The COS signing credentials have an empty SecretId or SecretKey.',
    fix: 'Reconnect to the credentials broker, or set the SecretId and SecretKey.',
  }),
  TRAFFIC_LIMIT_OUT_OF_RANGE: (p) => ({
    problem: `The traffic limit ${p.value} bit/s is out of range.`,
    fix: `Use a whole number of bit/s from ${p.min} (100 KB/s) to ${p.max} (100 MB/s).`,
  }),
  SUBNET_MASK_INVALID: (p) => ({
    problem: `The subnet mask /${p.mask} is invalid.`,
    fix: 'Use 0–32 mask bits.',
  }),
  PLACEHOLDER_REPEATED: () => ({
    problem: 'A signed parameter repeats the per-key placeholder.',
    fix: 'Remove the placeholder text from the link options.',
  }),
  PER_KEY_PARAM_EMPTY: () => ({ problem: 'Empty per-key parameter.', fix: 'Report this.' }),
  OPTION_NOT_ON_COS: (p) => ({
    problem: `COS links cannot carry ${p.option}: that is an OSS option.`,
    fix: 'Clear it in the link options (Advanced) for this COS bucket.',
  }),
  COS_PROCESS_INVALID: (p) => ({
    problem: `“${p.value.slice(0, 80)}” is not a COS image-processing parameter.`,
    fix: 'Start with imageMogr2/, imageView2/, watermark/, imageInfo, exif, imageAve or imageSlim (e.g. imageMogr2/thumbnail/!50p); join steps with |; no spaces, &, =, # or ?.',
  }),
  COS_HEADER_NOT_SIGNABLE: (p) => ({
    problem: `The header "${p.name.slice(0, 60)}" cannot be bound into a COS URL.`,
    fix: `Only ${p.prefix}* headers (besides Content-Type and Content-MD5) can be signed; the token is added by the signer.`,
  }),
  COS_HEADER_VALUE_INVALID: (p) => ({
    problem: `The value of header "${p.name}" is empty, padded with spaces or holds control characters.`,
    fix: 'Give the exact value the client will send.',
  }),
  BODY_HEADERS_ON_READ: (p) => ({
    problem: `A ${p.method} link cannot require a Content-Type or Content-MD5.`,
    fix: 'Bind them into upload (PUT) links only.',
  }),
  FIELD_REPEATED: (p) => ({
    problem: `"${p.name}" is given twice (names are compared lower-cased).`,
    fix: 'Give each header or parameter once.',
  }),
  CONTENT_TYPE_EMPTY: () => ({
    problem: 'The Content-Type is empty.',
    fix: 'Use a media type such as "image/png", "application/pdf" or "text/plain; charset=utf-8".',
  }),
  CONTENT_TYPE_INVALID: (p) => ({
    problem: `"${p.type.slice(0, 60)}" is not a valid Content-Type.`,
    fix: 'Use a media type such as "image/png", "application/pdf" or "text/plain; charset=utf-8".',
  }),
  CONTENT_MD5_INVALID: (p) => ({
    problem: `"${p.md5.slice(0, 60)}" is not an MD5 digest.`,
    fix: 'Paste the base64 digest (openssl md5 -binary FILE | base64) or the 32-character hex one (md5sum FILE), or leave it empty.',
  }),
  KEY_TEMPLATE_FOLDER: (p) => ({
    problem: `"${p.template.slice(-60)}" ends with "/": that names a folder, not a file.`,
    fix: 'Add a file name after the folder, e.g. "incoming/report.pdf" or "incoming/{random}.pdf".',
  }),
  UPLOAD_NO_FILE_NAME: (p) => ({
    problem: `"${p.path}" has no file name.`,
    fix: 'Pick files, or a folder with files in it.',
  }),
  UPLOAD_SAME_KEY: (p) => ({
    problem: `Two of the picked files would both be stored as "${p.key}".`,
    fix: 'Upload one of them separately, or rename it.',
  }),
};

const zhCN: Table = {
  KEY_EMPTY: () => ({ problem: '对象 Key 为空。', fix: '请选择一个对象，或输入它的完整 Key。' }),
  KEY_LEADING_SLASH: (p) => ({
    problem: `对象 Key“${p.key.slice(0, 40)}”以“${p.char}”开头，${p.cloud} 不允许这样。`,
    fix: '去掉开头的斜杠：Key 相对于 Bucket，例如“photos/a.jpg”。',
  }),
  KEY_INVALID_UNICODE: () => ({
    problem: '对象 Key 含有残缺的 Unicode 字符（孤立的代理项）。',
    fix: '请重新输入 Key；它必须是有效的 UTF-8。',
  }),
  KEY_TOO_LONG: (p) => ({
    problem: `对象 Key 按 UTF-8 计有 ${p.bytes} 字节；${p.cloud} 最多允许 ${p.max} 字节。`,
    fix: '请使用更短的 Key。',
  }),
  KEY_INVALID_CHARACTER: (p) => ({
    problem: `对象 Key 含有控制字符 U+${p.codePoint}，${p.cloud} 不允许（CAN、EM、SUB 和 ESC 为保留字符）。`,
    fix: '请重命名对象，去掉控制字符。',
  }),
  BUCKET_INVALID: (p) => ({
    problem: `“${p.bucket}”不是有效的 Bucket 名称。`,
    fix: 'Bucket 名称为 3–63 个字符：小写字母、数字和连字符，并以字母或数字开头和结尾。',
  }),
  BUCKET_PUNYCODE: (p) => ({
    problem: `“${p.bucket}”以“xn--”开头，却不是有效的 punycode：任何浏览器都打不开指向它的链接。`,
    fix: `请在 ${p.cloud} 控制台核对 Bucket 名称；以“xn--”开头的名称必须是有效的 punycode。`,
  }),
  COS_BUCKET_NO_APPID: (p) => ({
    problem: `“${p.bucket.slice(0, 80)}”不是 COS Bucket 名称：它没有以“-APPID”结尾。`,
    fix: COS_BUCKET_FIX_ZH,
  }),
  COS_BUCKET_UPPERCASE: (p) => ({
    problem: `“${p.bucket.slice(0, 80)}”含有大写字母，COS Bucket 名称不允许大写。`,
    fix: COS_BUCKET_FIX_ZH,
  }),
  COS_BUCKET_CHARACTERS: (p) => ({
    problem: `“${p.bucket.slice(0, 80)}”不是有效的 COS Bucket 名称（只能用小写字母、数字和连字符，且不能以“-”开头或结尾）。`,
    fix: COS_BUCKET_FIX_ZH,
  }),
  COS_BUCKET_TOO_LONG: (p) => ({
    problem: `“${p.bucket.slice(0, 80)}”对地域 ${p.region} 来说太长：其主机名 ${p.host} 有 ${p.length} 个字符，COS 最多允许 ${p.max} 个。`,
    fix: '请在 COS 控制台核对 Bucket 名称；BucketName、APPID 和地域组成的主机名最多 60 个字符。',
  }),
  REGION_INVALID: (p) => ({
    problem: `“${p.region}”不是有效的地域 ID。`,
    fix: '请使用 cn-hangzhou 这样的地域 ID（见 OSS 控制台的 Bucket 概览）。',
  }),
  COS_REGION_ACCELERATE: (p) => ({
    problem: `“${p.region.slice(0, 80)}”不是地域：全球加速是主机的选择。`,
    fix: '保留 Bucket 本身的地域，改为选择加速域名。',
  }),
  COS_REGION_RETIRED: (p) => ({
    problem: `“${p.region.slice(0, 80)}”是已停用的 COS 地域名称。`,
    fix: COS_REGION_FIX_ZH,
  }),
  COS_REGION_INVALID: (p) => ({
    problem: `“${p.region.slice(0, 80)}”不是 COS 地域 ID。`,
    fix: COS_REGION_FIX_ZH,
  }),
  VALIDITY_OUT_OF_RANGE: (p) => ({
    problem: `有效期 ${p.seconds} 秒超出允许范围。`,
    fix: `请选择 ${p.min}（${spanZh(p.min)}）到 ${p.max}（${spanZh(p.max)}）之间的整数秒。`,
  }),
  VALIDITY_NOT_A_NUMBER: (p) => ({
    problem: '有效期为空或不是数字。',
    fix: `请选择 ${p.min}（${spanZh(p.min)}）到 ${p.max}（${spanZh(p.max)}）之间的整数秒。`,
  }),
  V4_EXPIRES_OUT_OF_RANGE: (p) => ({
    problem: `V4 URL 的有效期不能是 ${p.seconds} 秒。`,
    fix: `请选择 1–${p.max} 秒（7 天），这是 V4 的上限。`,
  }),
  V1_EXPIRES_INVALID: (p) => ({
    problem: `V1 URL 的有效期不能是 ${p.seconds} 秒。`,
    fix: '请选择正整数秒。',
  }),
  COS_EXPIRES_INVALID: (p) => ({
    problem: `COS URL 的有效期不能是 ${p.seconds} 秒。`,
    fix: '请选择正整数秒。',
  }),
  COS_START_TIME_INVALID: (p) => ({
    problem: `签名起始时间 ${p.value} 不是以秒计的 Unix 时间。`,
    fix: '请传入自 1970 年起的整数秒，例如临时密钥的 StartTime。',
  }),
  DOMAIN_INVALID: (p) => ({
    problem: `自定义域名“${p.input}”${HOST_REASON_ZH[p.reason](p.part ?? '')}。`,
    fix: '请只填写已绑定到该 Bucket 的主机名，例如 files.example.com。',
  }),
  ENDPOINT_INVALID: (p) => ({
    problem: `Endpoint“${p.input}”${HOST_REASON_ZH[p.reason](p.part ?? '')}。`,
    fix: '请只填写主机名（需要时加端口），例如 oss-cn-hangzhou.aliyuncs.com。',
  }),
  PORT_INVALID: (p) => ({
    problem: `${p.which} 的端口 ${p.port} 不是有效的端口号。`,
    fix: '请使用 1–65535，或留空。',
  }),
  ORIGIN_INVALID: (p) => ({
    problem: `“${p.origin}”不是浏览器来源（origin）。`,
    fix: '请使用浏览器显示的控制台地址，只含协议和主机（及端口），例如 https://console.example.com。',
  }),
  CREDENTIALS_INVALID: () => ({
    problem: '签名凭证的 AccessKeyId 或 AccessKeySecret 为空。',
    fix: '请重新连接凭证服务。',
  }),
  COS_CREDENTIALS_INVALID: () => ({
    problem: 'COS 签名凭证的 SecretId 或 SecretKey 为空。',
    fix: '请重新连接凭证服务，或设置 SecretId 和 SecretKey。',
  }),
  TRAFFIC_LIMIT_OUT_OF_RANGE: (p) => ({
    problem: `限速 ${p.value} bit/s 超出范围。`,
    fix: `请使用 ${p.min}（100 KB/s）到 ${p.max}（100 MB/s）之间的整数 bit/s。`,
  }),
  SUBNET_MASK_INVALID: (p) => ({ problem: `子网掩码 /${p.mask} 无效。`, fix: '请使用 0–32 位掩码。' }),
  PLACEHOLDER_REPEATED: () => ({
    problem: '某个签名参数重复了逐 Key 占位符。',
    fix: '请从链接选项中删除占位符文本。',
  }),
  PER_KEY_PARAM_EMPTY: () => ({ problem: '逐 Key 参数为空。', fix: '请报告此问题。' }),
  OPTION_NOT_ON_COS: (p) => ({
    problem: `COS 链接不能带 ${p.option}：这是 OSS 的选项。`,
    fix: '请在该 COS Bucket 的链接选项（高级）中清除它。',
  }),
  COS_PROCESS_INVALID: (p) => ({
    problem: `“${p.value.slice(0, 80)}”不是 COS 图片处理参数。`,
    fix: '请以 imageMogr2/、imageView2/、watermark/、imageInfo、exif、imageAve 或 imageSlim 开头（如 imageMogr2/thumbnail/!50p）；多个步骤用 | 连接；不能含空格、&、=、# 或 ?。',
  }),
  COS_HEADER_NOT_SIGNABLE: (p) => ({
    problem: `请求头“${p.name.slice(0, 60)}”不能绑定到 COS URL 中。`,
    fix: `只有 ${p.prefix}* 请求头（以及 Content-Type 和 Content-MD5）可以签名；令牌由签名方添加。`,
  }),
  COS_HEADER_VALUE_INVALID: (p) => ({
    problem: `请求头“${p.name}”的值为空、带首尾空格或含控制字符。`,
    fix: '请给出客户端将发送的确切值。',
  }),
  BODY_HEADERS_ON_READ: (p) => ({
    problem: `${p.method} 链接不能要求 Content-Type 或 Content-MD5。`,
    fix: '只在上传（PUT）链接中绑定它们。',
  }),
  FIELD_REPEATED: (p) => ({
    problem: `“${p.name}”出现了两次（名称按小写比较）。`,
    fix: '每个请求头或参数只给一次。',
  }),
  CONTENT_TYPE_EMPTY: () => ({
    problem: 'Content-Type 为空。',
    fix: '请使用媒体类型，例如“image/png”“application/pdf”或“text/plain; charset=utf-8”。',
  }),
  CONTENT_TYPE_INVALID: (p) => ({
    problem: `“${p.type.slice(0, 60)}”不是有效的 Content-Type。`,
    fix: '请使用媒体类型，例如“image/png”“application/pdf”或“text/plain; charset=utf-8”。',
  }),
  CONTENT_MD5_INVALID: (p) => ({
    problem: `“${p.md5.slice(0, 60)}”不是 MD5 摘要。`,
    fix: '请粘贴 base64 摘要（openssl md5 -binary FILE | base64）或 32 位十六进制摘要（md5sum FILE），或留空。',
  }),
  KEY_TEMPLATE_FOLDER: (p) => ({
    problem: `“${p.template.slice(-60)}”以“/”结尾：这是文件夹，不是文件。`,
    fix: '请在文件夹后加文件名，例如“incoming/report.pdf”或“incoming/{random}.pdf”。',
  }),
  UPLOAD_NO_FILE_NAME: (p) => ({
    problem: `“${p.path}”没有文件名。`,
    fix: '请选择文件，或选择含有文件的文件夹。',
  }),
  UPLOAD_SAME_KEY: (p) => ({
    problem: `所选文件中有两个会被存为同一个“${p.key}”。`,
    fix: '请单独上传其中一个，或将其重命名。',
  }),
};

const TABLES: Record<ProblemLanguage, Table> = { 'en-US': enUS, 'zh-CN': zhCN };

/** The sentence and the fix for `problem`, in `language`. */
export function describeCoreProblem(problem: CoreProblem, language: ProblemLanguage): ProblemText {
  const render = TABLES[language][problem.code] as (p: CoreProblem) => ProblemText;
  return render(problem);
}
