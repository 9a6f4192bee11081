// OSS signature V1 (HMAC-SHA1), as documented in "Include a V1 signature in the Authorization header" and
// "Add a V1 signature to a URL":
//   StringToSign = VERB \n Content-MD5 \n Content-Type \n Date \n CanonicalizedOSSHeaders CanonicalizedResource
// For URLs the Date line is the Expires value. Pure functions; the caller picks the date line.
import { createHmac } from 'node:crypto';
import { V1_SIGNED_SUBRESOURCES } from '../constants';
import type { QueryPair } from '../raw-request';
import type { HeaderMap } from './header-map';

export interface V1StringToSignInput {
  method: string;
  headers: HeaderMap;
  dateLine: string;
  bucket: string | undefined;
  key: string | undefined;
  query: readonly QueryPair[];
}

export function isV1SignedParameter(name: string): boolean {
  return V1_SIGNED_SUBRESOURCES.has(name) || name.startsWith('x-oss-');
}

/** `x-oss-*` headers, lower-cased, values trimmed, sorted, each followed by `\n`. */
export function getCanonicalizedOssHeaders(headers: HeaderMap): string {
  const names = [...headers.keys()].filter((n) => n.startsWith('x-oss-')).sort();
  return names.map((n) => `${n}:${(headers.get(n) ?? '').trim()}\n`).join('');
}

/** `/bucket/key` with the raw (decoded) key, then the signed sub-resources sorted by name. */
export function getCanonicalizedResource(
  bucket: string | undefined,
  key: string | undefined,
  query: readonly QueryPair[],
): string {
  const path = bucket === undefined ? '/' : `/${bucket}/${key ?? ''}`;
  const seen = new Set<string>();
  const signed: QueryPair[] = [];
  for (const pair of query) {
    if (!isV1SignedParameter(pair[0]) || seen.has(pair[0])) continue;
    seen.add(pair[0]);
    signed.push(pair);
  }
  if (signed.length === 0) return path;
  signed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${signed.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}`;
}

export function getV1StringToSign(input: V1StringToSignInput): string {
  const { headers } = input;
  return [
    input.method.toUpperCase(),
    headers.get('content-md5') ?? '',
    headers.get('content-type') ?? '',
    input.dateLine,
    getCanonicalizedOssHeaders(headers) + getCanonicalizedResource(input.bucket, input.key, input.query),
  ].join('\n');
}

export function computeV1Signature(secret: string, stringToSign: string): string {
  return createHmac('sha1', secret).update(stringToSign, 'utf8').digest('base64');
}
