// OSS V4 (OSS4-HMAC-SHA256) canonical strings, per "Signature Version 4 (recommended)".
import type { QueryEntry } from './canonical-v1';
import {
  OSS_HEADER_PREFIX,
  V4_ALGORITHM,
  V4_HEADER_CONTENT_SHA256,
  V4_PRODUCT,
  V4_QUERY_ADDITIONAL_HEADERS,
  V4_QUERY_CREDENTIAL,
  V4_QUERY_DATE,
  V4_QUERY_EXPIRES,
  V4_QUERY_SECURITY_TOKEN,
  V4_QUERY_SIGNATURE_VERSION,
  V4_REQUEST_TERMINATOR,
  V4_UNSIGNED_PAYLOAD,
} from './constants';
import { encodeCanonicalUri, encodeRfc3986 } from './encode-uri';

/**
 * Encoded `name=value` pairs sorted by encoded name in byte order; a name without a value has no `=`.
 * (The specification's order; the official JS SDK sorts raw names with localeCompare, which agrees
 * for every parameter name this product sends.)
 */
export function getCanonicalQueryV4(entries: readonly QueryEntry[]): string {
  const encoded = entries.map(([name, value]): [string, string | null] => [
    encodeRfc3986(name),
    value === null ? null : encodeRfc3986(value),
  ]);
  encoded.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return encoded.map(([n, v]) => (v === null ? n : `${n}=${v}`)).join('&');
}

/** Lower-cased, de-duplicated, sorted; drops names always signed (content-type, content-md5, x-oss-*) and names not sent. */
export function normalizeAdditionalHeaders(
  names: readonly string[] | undefined,
  headers: Readonly<Record<string, string>>,
): string[] {
  if (!names || names.length === 0) return [];
  const present = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  const set = new Set<string>();
  for (const n of names) {
    const lower = n.toLowerCase();
    if (lower === 'content-type' || lower === 'content-md5' || lower.startsWith(OSS_HEADER_PREFIX)) continue;
    if (present.has(lower)) set.add(lower);
  }
  return [...set].sort();
}

export function getCanonicalHeadersV4(
  headers: Readonly<Record<string, string>>,
  additionalHeaders: readonly string[],
): string {
  const lowered = new Map<string, string>();
  for (const name of Object.keys(headers)) lowered.set(name.toLowerCase(), headers[name]!);
  const names = new Set(additionalHeaders);
  for (const name of lowered.keys()) {
    if (name === 'content-type' || name === 'content-md5' || name.startsWith(OSS_HEADER_PREFIX))
      names.add(name);
  }
  return [...names]
    .sort()
    .map((n) => `${n}:${(lowered.get(n) ?? '').trim()}\n`)
    .join('');
}

export interface CanonicalRequestV4Input {
  method: string;
  bucket: string | null;
  key: string | null;
  query: readonly QueryEntry[];
  headers: Readonly<Record<string, string>>;
  /** already normalized (normalizeAdditionalHeaders) */
  additionalHeaders: readonly string[];
}

/** The payload line: the x-oss-content-sha256 header when sent, else UNSIGNED-PAYLOAD. */
export function getPayloadHashV4(headers: Readonly<Record<string, string>>): string {
  let payload = V4_UNSIGNED_PAYLOAD;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === V4_HEADER_CONTENT_SHA256) payload = headers[name]!;
  }
  return payload;
}

/** METHOD \n URI \n query \n headers \n additional headers \n payload — the one V4 canonical request. */
export function getCanonicalRequestV4(input: CanonicalRequestV4Input): string {
  const uri = input.bucket ? encodeCanonicalUri(input.bucket, input.key ?? '') : '/';
  return [
    input.method.toUpperCase(),
    uri,
    getCanonicalQueryV4(input.query),
    getCanonicalHeadersV4(input.headers, input.additionalHeaders),
    input.additionalHeaders.join(';'),
    getPayloadHashV4(input.headers),
  ].join('\n');
}

export interface QueryAuthV4 {
  /** `ak/20231217/cn-hangzhou/oss/aliyun_v4_request` */
  credential: string;
  /** `20231217T025437Z` */
  dateTime: string;
  expiresSeconds: number;
  securityToken?: string | undefined;
  /** already normalized (normalizeAdditionalHeaders) */
  additionalHeaders: readonly string[];
}

/**
 * The query-auth block a V4 presigned URL adds to its own parameters (all signed), in the order the URL
 * text carries them: additional headers, credential, date, expires, version, STS token.
 */
export function getQueryAuthEntriesV4(a: QueryAuthV4): QueryEntry[] {
  const entries: QueryEntry[] = [];
  if (a.additionalHeaders.length > 0)
    entries.push([V4_QUERY_ADDITIONAL_HEADERS, a.additionalHeaders.join(';')]);
  entries.push(
    [V4_QUERY_CREDENTIAL, a.credential],
    [V4_QUERY_DATE, a.dateTime],
    [V4_QUERY_EXPIRES, String(a.expiresSeconds)],
    [V4_QUERY_SIGNATURE_VERSION, V4_ALGORITHM],
  );
  if (a.securityToken) entries.push([V4_QUERY_SECURITY_TOKEN, a.securityToken]);
  return entries;
}

/** `20231217/cn-hangzhou/oss/aliyun_v4_request` */
export function getScopeV4(date: string, region: string, product: string = V4_PRODUCT): string {
  return `${date}/${region}/${product}/${V4_REQUEST_TERMINATOR}`;
}

export function getStringToSignV4(
  datetime: string,
  scope: string,
  canonicalRequestSha256Hex: string,
): string {
  return `${V4_ALGORITHM}\n${datetime}\n${scope}\n${canonicalRequestSha256Hex}`;
}

/** `20231217T025437Z` for a time in ms. */
export function formatV4DateTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
