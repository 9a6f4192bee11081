// The multipart upload a request names with ?uploadId: it must exist and belong to the request's bucket
// and key, or OSS answers 404 NoSuchUpload (an upload id is not a capability for another object).
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { ossErrors } from '../errors';
import { queryGet } from '../raw-request';
import type { UploadRecord } from '../../object-store/multipart-store';

export function uploadOf(c: Context<AppEnv>, rt: OssLocalRuntime, bucket: string, key: string): UploadRecord {
  const uploadId = queryGet(c.get('query'), 'uploadId') ?? '';
  const upload = rt.store.multipart.find(bucket, key, uploadId);
  if (upload === undefined) throw ossErrors.noSuchUpload(uploadId);
  return upload;
}

/** `encoding-type=url` percent-encodes keys in multipart results, as in listings. */
export function encodingTypeOf(c: Context<AppEnv>): 'url' | undefined {
  const value = queryGet(c.get('query'), 'encoding-type');
  if (value === undefined) return undefined;
  if (value !== 'url') throw ossErrors.invalidArgument('encoding-type must be url.', 'encoding-type', value);
  return 'url';
}
