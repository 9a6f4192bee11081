// A presigned V4 request to the bucket itself (ListObjectsV2, ?cname …): canonical URI `/bucket/`, the
// request's own parameters plus the query-auth block, signed through the one V4 canonical request.
import type { QueryEntry } from './canonical-v1';
import { getCanonicalQueryV4, getCanonicalRequestV4, getQueryAuthEntriesV4 } from './canonical-v4';
import { V4_QUERY_SIGNATURE } from './constants';
import type { SigningSession } from './signing-session';

export interface BucketRequestV4 {
  /** scheme://bucket-host[:port] */
  origin: string;
  bucket: string;
  method?: 'GET' | 'HEAD' | undefined;
  /** the request's parameters (a sub-resource without a value is [name, null]) */
  query: readonly QueryEntry[];
  expiresSeconds: number;
}

/**
 * The URL of a bucket request signed in its query. Query auth, not the Authorization header: a request
 * with no custom headers needs no CORS preflight, and preflights are cached per URL — every listing page's
 * URL differs by its continuation token, so header auth would cost a preflight round trip per page.
 */
export function presignBucketRequestV4(session: SigningSession, r: BucketRequestV4): string {
  const query: QueryEntry[] = [
    ...r.query,
    ...getQueryAuthEntriesV4({
      credential: session.v4Credential,
      dateTime: session.v4DateTime,
      expiresSeconds: r.expiresSeconds,
      securityToken: session.credentials.securityToken,
      additionalHeaders: [],
    }),
  ];
  const canonical = getCanonicalRequestV4({
    method: r.method ?? 'GET',
    bucket: r.bucket,
    key: '',
    query,
    headers: {},
    additionalHeaders: [],
  });
  // the canonical query is also a valid URL query: sorted, RFC 3986-encoded
  return `${r.origin}/?${getCanonicalQueryV4(query)}&${V4_QUERY_SIGNATURE}=${session.signCanonicalRequestV4(canonical)}`;
}
