// UploadPart (PUT /<key>?partNumber=N&uploadId=ID): the body is streamed into the upload's part N
// (replacing an earlier part N), hashed on the way; the answer's ETag is its quoted upper-case MD5.
// Needs oss:PutObject. Part sizes are checked by CompleteMultipartUpload, not here, as on OSS.
// The uploadPartFail* faults cut requests here, after authorization and before the body is read.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { H, MULTIPART } from '../constants';
import { ossErrors } from '../errors';
import { queryGet } from '../raw-request';
import { authorizedBucket } from './bucket-context';
import { checkContentMd5, declaredContentMd5 } from './content-md5';
import { failRequest, sleep } from './fail-request';
import { requestBody } from './request-body';
import { uploadOf } from './upload-lookup';
import { wholeSecond } from '../oss-time';

export function parsePartNumber(value: string | undefined): number {
  const text = value ?? '';
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(n >= MULTIPART.minPartNumber && n <= MULTIPART.maxPartNumber))
    throw ossErrors.invalidPartNumber(text);
  return n;
}

export async function uploadPart(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { config } = authorizedBucket(c, rt, 'oss:PutObject', key);
  const partNumber = parsePartNumber(queryGet(c.get('query'), 'partNumber'));
  const upload = uploadOf(c, rt, config.name, key);
  const contentMd5 = declaredContentMd5(c);
  const lengthHeader = c.req.header('content-length');
  const declared = lengthHeader === undefined ? undefined : Number(lengthHeader);

  const { uploadPartLatencyMs } = rt.faults.get();
  const fault = rt.faults.onUploadPartRequest();
  if (uploadPartLatencyMs > 0) await sleep(uploadPartLatencyMs);
  failRequest(c, fault);

  const part = await rt.store.multipart.putPart(
    upload,
    partNumber,
    requestBody(c, rt.options.limits.maxPartBytes),
    wholeSecond(rt.options.now()),
    ({ md5, size }) => {
      // a client that vanished mid-body must not leave a truncated part behind
      if (declared !== undefined && size !== declared) throw ossErrors.incompleteBody(declared, size);
      checkContentMd5(contentMd5, md5);
    },
  );
  if (part === undefined) throw ossErrors.noSuchUpload(upload.uploadId);
  return c.body(null, 200, { ETag: part.etag, [H.crc64]: part.crc64 ?? '' });
}
