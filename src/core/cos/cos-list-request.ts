// GET Bucket (List Objects), as the console lists a COS bucket: a presigned URL to the bucket's default
// endpoint, keys percent-encoded in the answer (encoding-type=url), paged by marker
// (https://cloud.tencent.com/document/product/436/7734). The answer is read by parseListBucketByMarker.
import type { CosSigningSession } from './cos-signing-session';
import { presignCosApiRequest } from './cos-bucket-request';
import type { CosField } from './http-pairs';

export interface CosListRequest {
  /** scheme://bucket-host[:port] */
  origin: string;
  prefix: string;
  /** '/' lists one folder level; undefined every key under the prefix */
  delimiter?: string | undefined;
  /** list keys after this one (the previous page's NextMarker, or a start-after key) */
  marker?: string | undefined;
  /** 1–1000 */
  maxKeys: number;
}

/** A list request lives for seconds; the URL is signed for this long (as OSS's LIST_URL_SECONDS). */
export const COS_LIST_URL_SECONDS = 120;

export function buildCosListRequest(session: CosSigningSession, r: CosListRequest): Promise<string> {
  if (!Number.isInteger(r.maxKeys) || r.maxKeys < 1 || r.maxKeys > 1000) {
    throw new RangeError(`maxKeys must be a whole number from 1 to 1000, not ${r.maxKeys}.`);
  }
  const params: CosField[] = [
    ['encoding-type', 'url'],
    ['max-keys', String(r.maxKeys)],
  ];
  if (r.prefix) params.push(['prefix', r.prefix]);
  if (r.delimiter) params.push(['delimiter', r.delimiter]);
  if (r.marker) params.push(['marker', r.marker]);
  return presignCosApiRequest(session, {
    method: 'GET',
    origin: r.origin,
    params,
    expiresSeconds: COS_LIST_URL_SECONDS,
  });
}
