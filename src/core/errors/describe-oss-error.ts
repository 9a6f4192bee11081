import { buildCorsRule, type CorsRuleText } from './cors-rule';
import type { OssError } from './oss-error';
import {
  DETAIL_LABELS,
  OSS_ERROR_TEXT,
  type ConsoleLocale,
  type OssErrorTextEntry,
  type OssErrorTextKey,
} from './oss-error-text';

export interface DescribeOptions {
  locale: ConsoleLocale;
  /** this console's origin (location.origin), for the CORS rule to show */
  consoleOrigin?: string | undefined;
  /** PUT/POST in the CORS rule only when the console uploads */
  upload?: boolean;
}

export interface OssErrorDescription {
  /** the table row used, e.g. AccessDenied.expired */
  key: OssErrorTextKey;
  code: string;
  title: string;
  fix: string;
  /** OSS's own message, when it adds something (shown under the fix) */
  ossMessage: string | undefined;
  requestId: string | undefined;
  ec: string | undefined;
  refreshCredentials: boolean;
  showCorsRule: boolean;
  /** present when showCorsRule and a console origin was given */
  corsRule: CorsRuleText | undefined;
  /** title, fix, OSS's message and the RequestId/EC lines, ready to show or copy */
  text: string;
}

/** Which row of the table explains `err`. AccessDenied has several causes told apart by OSS's message. */
export function errorTextKey(err: Pick<OssError, 'code' | 'message'>): OssErrorTextKey {
  if (err.code === 'AccessDenied') {
    if (/expired/i.test(err.message)) return 'AccessDenied.expired';
    if (/referer/i.test(err.message)) return 'AccessDenied.referer';
    if (/source ip|vpc/i.test(err.message)) return 'AccessDenied.sourceIp';
    return 'AccessDenied.policy';
  }
  return err.code in OSS_ERROR_TEXT ? (err.code as OssErrorTextKey) : 'Unknown';
}

/** OSS error → what the operator reads, with the fix, in `locale`. Pure. */
export function describeOssError(
  err: Pick<OssError, 'code' | 'message' | 'requestId' | 'ec'>,
  options: DescribeOptions,
): OssErrorDescription {
  const key = errorTextKey(err);
  const entry: OssErrorTextEntry = OSS_ERROR_TEXT[key];
  const { title, fix } = entry.text[options.locale];
  const showCorsRule = entry.showCorsRule === true;
  const corsRule =
    showCorsRule && options.consoleOrigin
      ? buildCorsRule({
          origin: options.consoleOrigin,
          methods: options.upload === false ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'PUT', 'POST'],
        })
      : undefined;
  const labels = DETAIL_LABELS[options.locale];
  // Client failures carry our own wording, not OSS's: do not repeat it.
  const ossMessage =
    err.message && key !== 'NetworkError' && key !== 'RequestTimeoutClient' ? err.message : undefined;
  const lines = [title, fix];
  if (ossMessage !== undefined) lines.push(`${labels.code}: ${err.code} — ${ossMessage}`);
  if (err.requestId) lines.push(`${labels.requestId}: ${err.requestId}`);
  if (err.ec) lines.push(`${labels.ec}: ${err.ec}`);
  return {
    key,
    code: err.code,
    title,
    fix,
    ossMessage,
    requestId: err.requestId,
    ec: err.ec,
    refreshCredentials: entry.refreshCredentials === true,
    showCorsRule,
    corsRule,
    text: lines.join('\n'),
  };
}
