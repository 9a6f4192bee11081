// Percent-encoding as OSS and its official SDKs do it. All functions are pure and allocation-light:
// they sit on the hot path of bulk signing.
import type { QueryEntry } from './canonical-v1';

const RFC3986_EXTRA = /[!'()*]/g;
const hexOf = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** RFC 3986 unreserved-only encoding (encodeURIComponent plus `!'()*`): V4 canonical URI and query. */
export function encodeRfc3986(value: string): string {
  const encoded = encodeURIComponent(value);
  return RFC3986_EXTRA.test(encoded) ? encoded.replace(RFC3986_EXTRA, hexOf) : encoded;
}

const SLASH = /%2F/g;
const QUOTE = /'/g;

/**
 * The key percent-encoded with `/` kept: every byte encoded but `/`, so folders stay readable. `+` is
 * always `%2B` (a raw `+` is decoded as a space by some servers and proxies), and `'` is `%27` (what the
 * official SDK's URL formatter emits). This is the official SDK's path, and what the V4 canonical URI
 * derives from (canonicalKeyFromPath); the URL itself uses encodeKeyForPath.
 */
export function encodeKeySegments(key: string): string {
  let encoded = encodeURIComponent(key);
  if (encoded.includes('%2F')) encoded = encoded.replace(SLASH, '/');
  if (encoded.includes("'")) encoded = encoded.replace(QUOTE, '%27');
  return encoded;
}

const isDotSegment = (s: string): boolean => s === '.' || s === '..';

/**
 * An encoded key path whose `.`/`..` segments no client can resolve away. Browsers (the WHATWG URL
 * parser), Node's URL and fetch remove dot segments before a request leaves, and `%2E` is no escape:
 * WHATWG treats `%2e` and `.%2e` as dot segments too, so `a/%2E%2E/b` still becomes `/b`. What no parser
 * touches is a segment that is not exactly a dot segment: the `/` after (or, for the last segment, before)
 * each dot segment is sent as `%2F`, so `a/../b` travels as `a/..%2Fb`. OSS decodes the whole path, `%2F`
 * included (the official Python SDK sends every `/` of a key as `%2F`), so it reads the same key and the
 * signature — computed over the key, not over its spelling in the URL — is unchanged. A key that is
 * nothing but `.` or `..` has no `/` to encode: it is sent as `%2E`/`%2E%2E`, which non-browser clients
 * (curl, Node's http) pass on as is; a browser still resolves it (a documented limit).
 */
export function guardDotSegments(encoded: string): string {
  // encodeURIComponent leaves `.` as is and never writes `%2E`: a dot segment starts the text or follows
  // a `/`, so a key with neither (`a/b.txt`, nearly every key) has none and costs two scans, not a split
  if (encoded.charCodeAt(0) !== 0x2e && !encoded.includes('/.')) return encoded;
  const segments = encoded.split('/');
  if (!segments.some(isDotSegment)) return encoded;
  if (segments.length === 1) return encoded.replace(/\./g, '%2E');
  let out = segments[0]!;
  for (let i = 1; i < segments.length; i++) {
    // merge segment i into i-1 when i-1 is a dot segment, or when i is the last one and is a dot segment
    const glue =
      isDotSegment(segments[i - 1]!) || (i === segments.length - 1 && isDotSegment(segments[i]!))
        ? '%2F'
        : '/';
    out += glue + segments[i]!;
  }
  return out;
}

/** The object key as it appears in the URL path: encodeKeySegments, then guardDotSegments. */
export function encodeKeyForPath(key: string): string {
  return guardDotSegments(encodeKeySegments(key));
}

const PATH_TO_RFC3986 = /[!()*]/g;

/**
 * The key as in the V4 canonical URI (RFC 3986, `/` kept), from its path form: the two differ only in
 * `!()*`, which the path leaves as is (`'` is `%27` in both). Saves a second encodeURIComponent per URL.
 */
export function canonicalKeyFromPath(pathEncoded: string): string {
  return PATH_TO_RFC3986.test(pathEncoded) ? pathEncoded.replace(PATH_TO_RFC3986, hexOf) : pathEncoded;
}

/** The V4 canonical URI of an object: `/bucket/key`, RFC 3986-encoded, `/` kept. */
export function encodeCanonicalUri(bucket: string, key: string): string {
  const encoded = encodeRfc3986(`/${bucket}/${key}`);
  return encoded.includes('%2F') ? encoded.replace(SLASH, '/') : encoded;
}

/** A query-string value or name in the URL text (WHATWG/encodeURIComponent set). */
export function encodeQueryComponent(value: string): string {
  return encodeURIComponent(value);
}

/** `name=value&…` in the given order, both sides encoded as in the URL text (no `=` dropped). */
export function encodeQueryEntries(entries: readonly QueryEntry[]): string {
  return entries
    .map(([name, value]) => `${encodeQueryComponent(name)}=${encodeQueryComponent(value ?? '')}`)
    .join('&');
}
