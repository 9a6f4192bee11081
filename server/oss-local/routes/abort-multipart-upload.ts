// AbortMultipartUpload (DELETE /<key>?uploadId=ID): drops the upload and its parts; 204. An unknown or
// finished upload is 404 NoSuchUpload. Needs oss:AbortMultipartUpload.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { ossErrors } from '../errors';
import { authorizedBucket } from './bucket-context';
import { uploadOf } from './upload-lookup';

export async function abortMultipartUpload(
  c: Context<AppEnv>,
  rt: OssLocalRuntime,
  key: string,
): Promise<Response> {
  const { config } = authorizedBucket(c, rt, 'oss:AbortMultipartUpload', key);
  const upload = uploadOf(c, rt, config.name, key);
  // a Complete or Abort that took the upload meanwhile wins; this one is then NoSuchUpload
  if (!(await rt.store.multipart.abort(upload.uploadId))) throw ossErrors.noSuchUpload(upload.uploadId);
  return c.body(null, 204);
}
