// OSS V1 (HMAC-SHA1) canonical strings, per "Include signatures in the Authorization header" / "in the URL".
import { OSS_HEADER_PREFIX } from './constants';

export type QueryEntry = readonly [name: string, value: string | null];

/**
 * `/bucket/key?sub1&sub2=value`: the key raw (not percent-encoded), sub-resources sorted by name,
 * values raw; a sub-resource without a value has no `=`. For a custom domain the bucket is still named.
 */
export function getCanonicalResourceV1(
  bucket: string | null,
  key: string | null,
  subresources: readonly QueryEntry[],
): string {
  return `${bucket ? `/${bucket}/${key ?? ''}` : '/'}${getCanonicalSubresourcesV1(subresources)}`;
}

/** `?sub1&sub2=value`, or '' when there is none: the part of the canonical resource after the key. */
export function getCanonicalSubresourcesV1(subresources: readonly QueryEntry[]): string {
  let out = '';
  let sep = '?';
  for (const [name, value] of [...subresources].sort(byName)) {
    out += value ? `${sep}${name}=${value}` : `${sep}${name}`;
    sep = '&';
  }
  return out;
}

function byName(a: QueryEntry, b: QueryEntry): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Canonicalized `x-oss-*` headers: names lower-cased, values trimmed, sorted, one per line. */
export function getCanonicalOssHeadersV1(headers: Readonly<Record<string, string>>): string {
  const lines: string[] = [];
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith(OSS_HEADER_PREFIX)) lines.push(`${lower}:${headers[name]!.trim()}`);
  }
  lines.sort();
  return lines.map((l) => `${l}\n`).join('');
}

export interface StringToSignV1Input {
  method: string;
  contentMd5?: string | undefined;
  contentType?: string | undefined;
  /** the Date header (header auth) or the Expires unix seconds (URL auth) */
  dateLine: string;
  /** canonical x-oss-* headers as returned by getCanonicalOssHeadersV1 */
  canonicalOssHeaders: string;
  canonicalResource: string;
}

export function getStringToSignV1(input: StringToSignV1Input): string {
  return `${input.method.toUpperCase()}\n${input.contentMd5 ?? ''}\n${input.contentType ?? ''}\n${input.dateLine}\n${input.canonicalOssHeaders}${input.canonicalResource}`;
}

/** Finds a header regardless of case. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}
