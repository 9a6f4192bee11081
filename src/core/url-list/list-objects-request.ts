// ListObjectsV2 done by the signing workers themselves (export only): the request as a V4 presigned URL,
// and a parser for the answer (keys come percent-encoded: encoding-type=url).
// The SDK parses listings on the page's main thread, ~100 ms per 1000 keys on a busy machine; here the
// page never sees the objects at all, only finished CSV text.
import { OssError } from '../errors/oss-error';
import { encodeRfc3986 } from '../presign/encode-uri';
import { getCanonicalQueryV4 } from '../presign/canonical-v4';
import {
  V4_ALGORITHM,
  V4_QUERY_CREDENTIAL,
  V4_QUERY_DATE,
  V4_QUERY_EXPIRES,
  V4_QUERY_SECURITY_TOKEN,
  V4_QUERY_SIGNATURE,
  V4_QUERY_SIGNATURE_VERSION,
  V4_UNSIGNED_PAYLOAD,
} from '../presign/constants';
import type { SigningSession } from '../presign/signing-session';
import type { UrlListEntry } from './sign-url-list-page';

export interface ListObjectsRequest {
  /** scheme://bucket-host[:port], the bucket's default endpoint */
  origin: string;
  bucket: string;
  prefix: string;
  continuationToken?: string | undefined;
  maxKeys: number;
}

/** A list request lives for seconds; the URL is signed for this long. */
const LIST_URL_SECONDS = 120;

/**
 * A presigned (V4 query-auth) ListObjectsV2 URL. Query auth, not the Authorization header: a request with
 * no custom headers needs no CORS preflight, and preflights are cached per URL — every page's URL differs
 * by its continuation token, so header auth would cost a preflight round trip per page.
 */
export function buildListObjectsRequest(
  session: SigningSession,
  r: ListObjectsRequest,
): { url: string; headers: Record<string, string> } {
  const query: Array<[string, string]> = [
    ['list-type', '2'],
    ['max-keys', String(r.maxKeys)],
    ['encoding-type', 'url'],
  ];
  // an empty prefix= is left out: no prefix means the same and keeps the canonical query simple
  if (r.prefix) query.push(['prefix', r.prefix]);
  if (r.continuationToken) query.push(['continuation-token', r.continuationToken]);
  query.push(
    [V4_QUERY_CREDENTIAL, session.v4Credential],
    [V4_QUERY_DATE, session.v4DateTime],
    [V4_QUERY_EXPIRES, String(LIST_URL_SECONDS)],
    [V4_QUERY_SIGNATURE_VERSION, V4_ALGORITHM],
  );
  const token = session.credentials.securityToken;
  if (token) query.push([V4_QUERY_SECURITY_TOKEN, token]);
  const canonicalQuery = getCanonicalQueryV4(query);
  // METHOD \n /bucket/ \n query \n (no headers) \n (no additional headers) \n payload
  const canonical = `GET\n/${encodeRfc3986(r.bucket)}/\n${canonicalQuery}\n\n\n${V4_UNSIGNED_PAYLOAD}`;
  const signature = session.signV4(
    `${V4_ALGORITHM}\n${session.v4DateTime}\n${session.v4Scope}\n${session.sha256Hex(canonical)}`,
  );
  return { url: `${r.origin}/?${canonicalQuery}&${V4_QUERY_SIGNATURE}=${signature}`, headers: {} };
}

export interface ListedPage {
  objects: Array<Required<Pick<UrlListEntry, 'key' | 'size' | 'lastModified' | 'etag'>>>;
  isTruncated: boolean;
  nextContinuationToken: string | undefined;
}

/** The text of the first `<name>` element in xml[from, to), or undefined. */
function field(xml: string, name: string, from = 0, to = xml.length): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open, from);
  if (start < 0 || start >= to) return undefined;
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 || end > to ? undefined : xml.slice(start + open.length, end);
}

function malformed(detail: string): OssError {
  return new OssError({
    code: 'MalformedListing',
    message: `The listing answer could not be read: ${detail}. Check the endpoint in Settings points at OSS.`,
    status: 200,
    requestId: undefined,
    hostId: undefined,
  });
}

function decodeKey(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw malformed('a key is not valid percent-encoding');
  }
}

/**
 * One pass of indexOf over the page (no regex, no per-object substrings but the fields): parsing is on
 * the path from one page's answer to the next page's request. A page's objects often share one
 * Last-Modified: each distinct date string is parsed once.
 */
export function parseListObjectsV2(xml: string): ListedPage {
  if (!xml.includes('<ListBucketResult')) {
    throw malformed('not a ListBucketResult');
  }
  const objects: ListedPage['objects'] = [];
  let dateText: string | undefined;
  let date = NaN;
  let at = xml.indexOf('<Contents>');
  while (at >= 0) {
    const end = xml.indexOf('</Contents>', at);
    if (end < 0) throw malformed('a Contents element is not closed');
    const key = field(xml, 'Key', at, end) ?? '';
    const modified = field(xml, 'LastModified', at, end) ?? '';
    if (modified !== dateText) {
      dateText = modified;
      date = Date.parse(modified);
    }
    const etag = field(xml, 'ETag', at, end) ?? '';
    objects.push({
      key: key.includes('%') ? decodeKey(key) : key,
      size: Number(field(xml, 'Size', at, end) ?? 0),
      lastModified: date,
      etag: etag.includes('"') || etag.includes('&') ? etag.replace(/&quot;|"/g, '') : etag,
    });
    at = xml.indexOf('<Contents>', end);
  }
  const truncated = field(xml, 'IsTruncated') === 'true';
  const next = field(xml, 'NextContinuationToken');
  return {
    objects,
    isTruncated: truncated && next !== undefined && next !== '',
    // the token is opaque and sent back as is (encoding-type does not apply to it)
    nextContinuationToken: truncated && next ? next : undefined,
  };
}

/**
 * Where the next page starts, without reading the objects: the continuation token and the page's last
 * key (folder markers included). A few indexOf on the answer; the listing worker sends the next request
 * as soon as it has these.
 */
export function readListingCursor(xml: string): {
  nextContinuationToken: string | undefined;
  lastKey: string | undefined;
} {
  if (!xml.includes('<ListBucketResult')) throw malformed('not a ListBucketResult');
  const truncated = field(xml, 'IsTruncated') === 'true';
  const next = field(xml, 'NextContinuationToken');
  const at = xml.lastIndexOf('<Contents>');
  const key = at < 0 ? undefined : field(xml, 'Key', at);
  return {
    nextContinuationToken: truncated && next ? next : undefined,
    lastKey: key === undefined ? undefined : key.includes('%') ? decodeKey(key) : key,
  };
}
