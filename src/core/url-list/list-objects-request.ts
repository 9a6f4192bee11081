// ListObjectsV2 done by the signing workers themselves (export only): the request with its V4
// Authorization header, and a parser for the answer (keys come percent-encoded: encoding-type=url).
// The SDK parses listings on the page's main thread, ~100 ms per 1000 keys on a busy machine; here the
// page never sees the objects at all, only finished CSV text.
import { OssError } from '../errors/oss-error';
import { getCanonicalQueryV4 } from '../presign/canonical-v4';
import { V4_HEADER_CONTENT_SHA256, V4_UNSIGNED_PAYLOAD } from '../presign/constants';
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
  const headers: Record<string, string> = {
    'x-oss-date': session.v4DateTime,
    [V4_HEADER_CONTENT_SHA256]: V4_UNSIGNED_PAYLOAD,
  };
  const token = session.credentials.securityToken;
  if (token) headers['x-oss-security-token'] = token;
  headers.authorization = session.authorizationV4({
    method: 'GET',
    bucket: r.bucket,
    key: '',
    query,
    headers,
    additionalHeaders: [],
  });
  return { url: `${r.origin}/?${getCanonicalQueryV4(query)}`, headers };
}

export interface ListedPage {
  objects: Array<Required<Pick<UrlListEntry, 'key' | 'size' | 'lastModified' | 'etag'>>>;
  isTruncated: boolean;
  nextContinuationToken: string | undefined;
}

const CONTENTS = /<Contents>([\s\S]*?)<\/Contents>/g;
const field = (xml: string, name: string): string | undefined => {
  const start = xml.indexOf(`<${name}>`);
  if (start < 0) return undefined;
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 ? undefined : xml.slice(start + name.length + 2, end);
};

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

export function parseListObjectsV2(xml: string): ListedPage {
  if (!xml.includes('<ListBucketResult')) {
    throw malformed('not a ListBucketResult');
  }
  const objects: ListedPage['objects'] = [];
  for (const m of xml.matchAll(CONTENTS)) {
    const body = m[1]!;
    objects.push({
      key: decodeKey(field(body, 'Key') ?? ''),
      size: Number(field(body, 'Size') ?? 0),
      lastModified: Date.parse(field(body, 'LastModified') ?? ''),
      etag: (field(body, 'ETag') ?? '').replace(/&quot;|"/g, ''),
    });
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
