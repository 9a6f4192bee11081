import type { ProviderKind } from '../provider/link-provider';
import { buildCorsRule, type CorsRuleText } from './cors-rule';
import { COS_ERROR_TEXT, type CosErrorTextKey } from './cos-error-text';
import type { OssError } from './oss-error';
import {
  DETAIL_LABELS,
  OSS_ERROR_TEXT,
  type ConsoleLocale,
  type OssErrorTextEntry,
  type OssErrorTextKey,
} from './oss-error-text';

/** A row of the OSS table or of the COS table. */
export type ErrorTextKey = OssErrorTextKey | CosErrorTextKey;

export interface DescribeOptions {
  locale: ConsoleLocale;
  /** this console's origin (location.origin), for the CORS rule to show */
  consoleOrigin?: string | undefined;
  /** PUT/POST in the CORS rule only when the console uploads */
  upload?: boolean;
  /** whose bucket answered: the wording, the fixes and the CORS rule format follow it (default OSS) */
  provider?: ProviderKind | undefined;
}

export interface OssErrorDescription {
  /** the table row used, e.g. AccessDenied.expired */
  key: ErrorTextKey;
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

const TABLES: Readonly<Record<ProviderKind, Readonly<Record<string, OssErrorTextEntry>>>> = {
  oss: OSS_ERROR_TEXT,
  cos: COS_ERROR_TEXT,
};

/** Rows of the OSS table that name no cloud: a COS bucket reads them too. */
const NEUTRAL_ROWS: ReadonlySet<string> = new Set(['ClientOffline']);

/**
 * Which row explains `err`. AccessDenied has several causes told apart by the cloud's message (both clouds
 * say "Request has expired", name the Referer rule, …). A code the provider's table lacks is Unknown, but
 * for the NEUTRAL_ROWS both clouds share.
 */
export function errorTextKey(
  err: Pick<OssError, 'code' | 'message'>,
  provider: ProviderKind = 'oss',
): ErrorTextKey {
  if (err.code === 'AccessDenied') {
    if (/expired/i.test(err.message)) return 'AccessDenied.expired';
    if (/referer/i.test(err.message)) return 'AccessDenied.referer';
    if (/source ip|vpc/i.test(err.message)) return 'AccessDenied.sourceIp';
    return 'AccessDenied.policy';
  }
  if (err.code in TABLES[provider] || NEUTRAL_ROWS.has(err.code)) return err.code as ErrorTextKey;
  return 'Unknown';
}

function entryOf(key: ErrorTextKey, provider: ProviderKind): OssErrorTextEntry {
  return TABLES[provider][key] ?? TABLES.oss[key] ?? OSS_ERROR_TEXT.Unknown;
}

/** OSS or COS error → what the operator reads, with the fix, in `locale`, in the words of `provider`. Pure. */
export function describeOssError(
  err: Pick<OssError, 'code' | 'message' | 'requestId' | 'ec'>,
  options: DescribeOptions,
): OssErrorDescription {
  const provider = options.provider ?? 'oss';
  const key = errorTextKey(err, provider);
  const entry = entryOf(key, provider);
  const { title, fix } = entry.text[options.locale];
  const showCorsRule = entry.showCorsRule === true;
  const corsRule =
    showCorsRule && options.consoleOrigin
      ? buildCorsRule({
          origin: options.consoleOrigin,
          methods: options.upload === false ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'PUT', 'POST'],
          provider,
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
