// The key and the signed parameters as the URL text writes them (not as they are signed).
import { canonicalKeyFromPath, encodeKeySegments, encodeRfc3986 } from '../presign/encode-uri';
import type { CosField } from './http-pairs';

/**
 * The object key in the URL path: RFC 3986 (`!'()*` encoded too), `/` kept, as the official SDKs' getUrl
 * writes it (camSafeUrlEncode, then %2F back to `/`). OSS's V4 canonical-URI encoding is exactly that.
 * Unlike OSS paths, dot segments are not guarded (`/../` stays as the SDKs write it): whether COS reads
 * `%2F` in a path as `/` is not documented, and the link must be the one the official SDK makes. COS's
 * naming rules advise against such keys; a browser resolves them away (a documented limit).
 */
export function getCosKeyPath(key: string): string {
  return canonicalKeyFromPath(encodeKeySegments(key));
}

/**
 * `name=value&…` for the URL: sorted by lower-cased name, names and values RFC 3986-encoded, the names'
 * case kept (`versionId`), as the SDKs' getObjectUrl appends its Query (util.js obj2str).
 */
export function getCosUrlQuery(params: readonly CosField[]): string {
  return [...params]
    .map(([name, value]): [string, string, string] => [name.toLowerCase(), name, value ?? ''])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
    .join('&');
}
