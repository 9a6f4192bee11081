// The ListObjectsV2 request, as every listing in the console sends it (browse on the page, export in the
// listing worker): a presigned V4 URL to the bucket's default endpoint, keys percent-encoded in the answer.
import type { QueryEntry } from '../presign/canonical-v1';
import { presignBucketRequestV4 } from '../presign/bucket-request-v4';
import type { SigningSession } from '../presign/signing-session';

export interface ListObjectsRequest {
  /** scheme://bucket-host[:port], the bucket's default endpoint */
  origin: string;
  bucket: string;
  prefix: string;
  /** '/' lists one folder level; undefined every key under the prefix */
  delimiter?: string | undefined;
  continuationToken?: string | undefined;
  /** first request only: list keys after this one */
  startAfter?: string | undefined;
  /** 1–1000 */
  maxKeys: number;
}

/** A list request lives for seconds; the URL is signed for this long. */
export const LIST_URL_SECONDS = 120;

export function buildListObjectsRequest(
  session: SigningSession,
  r: ListObjectsRequest,
): { url: string; headers: Record<string, string> } {
  if (!Number.isInteger(r.maxKeys) || r.maxKeys < 1 || r.maxKeys > 1000) {
    throw new RangeError(`maxKeys must be a whole number from 1 to 1000, not ${r.maxKeys}.`);
  }
  const query: QueryEntry[] = [
    ['list-type', '2'],
    ['max-keys', String(r.maxKeys)],
    ['encoding-type', 'url'],
  ];
  // empty values are left out: no prefix= means the same and keeps the canonical query simple
  if (r.prefix) query.push(['prefix', r.prefix]);
  if (r.delimiter) query.push(['delimiter', r.delimiter]);
  if (r.startAfter) query.push(['start-after', r.startAfter]);
  if (r.continuationToken) query.push(['continuation-token', r.continuationToken]);
  const url = presignBucketRequestV4(session, {
    origin: r.origin,
    bucket: r.bucket,
    query,
    expiresSeconds: LIST_URL_SECONDS,
  });
  return { url, headers: {} };
}
