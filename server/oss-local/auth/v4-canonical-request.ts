// OSS signature V4 (OSS4-HMAC-SHA256), as documented in "Include a V4 signature" (header) and
// "Add a V4 signature to a URL":
//   CanonicalRequest = VERB \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n AdditionalHeaders \n HashedPayload
//   StringToSign     = OSS4-HMAC-SHA256 \n TimeStamp \n Scope \n hex(SHA256(CanonicalRequest))
//   SigningKey       = HMAC chain over ("aliyun_v4" + secret) -> date -> region -> "oss" -> "aliyun_v4_request"
import { createHash, createHmac } from 'node:crypto';
import { V4_ALGORITHM, V4_KEY_PREFIX, V4_PRODUCT, V4_TERMINATOR, V4_UNSIGNED_PAYLOAD } from '../constants';
import type { QueryPair } from '../raw-request';
import type { HeaderMap } from './header-map';

export interface V4CanonicalRequestInput {
  method: string;
  bucket: string | undefined;
  key: string | undefined;
  query: readonly QueryPair[];
  headers: HeaderMap;
  /** as listed by the client (AdditionalHeaders= or x-oss-additional-headers), already normalised */
  additionalHeaders: readonly string[];
}

/** RFC 3986 unreserved characters stay; everything else is %XX (upper-case), `!'()*` included. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function getCanonicalUri(bucket: string | undefined, key: string | undefined): string {
  const path = bucket === undefined ? '/' : `/${bucket}/${key ?? ''}`;
  return encodeRfc3986(path).replace(/%2F/g, '/');
}

/** Every parameter but the signature, encoded, sorted by encoded name (then value); no `=` for an empty value. */
export function getCanonicalQuery(query: readonly QueryPair[], exclude: ReadonlySet<string>): string {
  const encoded = query
    .filter(([k]) => !exclude.has(k))
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return encoded.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
}

/** Lower-cases, de-duplicates and sorts; names that are signed anyway are dropped, as the SDKs do. */
export function normaliseAdditionalHeaders(names: readonly string[]): string[] {
  const lower = new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ''));
  return [...lower].filter((n) => !isAlwaysSignedHeader(n)).sort();
}

function isAlwaysSignedHeader(name: string): boolean {
  return name === 'content-type' || name === 'content-md5' || name.startsWith('x-oss-');
}

export function getCanonicalHeaders(headers: HeaderMap, additionalHeaders: readonly string[]): string {
  const names = new Set(additionalHeaders);
  for (const name of headers.keys()) if (isAlwaysSignedHeader(name)) names.add(name);
  return [...names]
    .sort()
    .map((n) => `${n}:${(headers.get(n) ?? '').trim()}\n`)
    .join('');
}

export function getV4CanonicalRequest(input: V4CanonicalRequestInput, exclude: ReadonlySet<string>): string {
  return [
    input.method.toUpperCase(),
    getCanonicalUri(input.bucket, input.key),
    getCanonicalQuery(input.query, exclude),
    getCanonicalHeaders(input.headers, input.additionalHeaders),
    input.additionalHeaders.join(';'),
    input.headers.get('x-oss-content-sha256') ?? V4_UNSIGNED_PAYLOAD,
  ].join('\n');
}

export function getV4Scope(date: string, region: string, product: string = V4_PRODUCT): string {
  return `${date}/${region}/${product}/${V4_TERMINATOR}`;
}

export function getV4StringToSign(timestamp: string, scope: string, canonicalRequest: string): string {
  const hashed = createHash('sha256').update(canonicalRequest, 'utf8').digest('hex');
  return [V4_ALGORITHM, timestamp, scope, hashed].join('\n');
}

export function computeV4Signature(
  secret: string,
  date: string,
  region: string,
  stringToSign: string,
  product: string = V4_PRODUCT,
): string {
  const hmac = (key: string | Buffer, data: string): Buffer =>
    createHmac('sha256', key).update(data, 'utf8').digest();
  const signingKey = hmac(
    hmac(hmac(hmac(`${V4_KEY_PREFIX}${secret}`, date), region), product),
    V4_TERMINATOR,
  );
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
}
