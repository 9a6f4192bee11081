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
 * The object key as it appears in the URL path: every byte encoded but `/`, so folders stay readable.
 * `+` is always `%2B` (a raw `+` is decoded as a space by some servers and proxies), and `'` is `%27`
 * (what the official SDK's URL formatter emits, so our URLs are byte-identical to it).
 */
export function encodeKeyForPath(key: string): string {
  let encoded = encodeURIComponent(key);
  if (encoded.includes('%2F')) encoded = encoded.replace(SLASH, '/');
  if (encoded.includes("'")) encoded = encoded.replace(QUOTE, '%27');
  return encoded;
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
