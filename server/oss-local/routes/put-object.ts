// PutObject: stores the body, its Content-Type and x-oss-meta-* headers. Content-MD5, when sent, must be valid (InvalidDigest)
// and must match the body (BadDigest); signed PUT URLs bind Content-Type and Content-MD5 through the
// string to sign, so a mismatching upload already failed authentication.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { H } from '../constants';
import { ossErrors } from '../errors';
import { contentTypeFor } from '../storage/mime';
import { authorizedBucket } from './bucket-context';
import { checkContentMd5, declaredContentMd5 } from './content-md5';
import { userMetaOf } from './user-meta';
import { wholeSecond } from '../oss-time';

/** Uploads are buffered in memory: a local test server does not need OSS's 5 GB single-PUT limit. */
export const MAX_PUT_BYTES = 256 * 1024 * 1024;

export function checkObjectKey(key: string): void {
  if (key === '' || key.startsWith('/') || key.startsWith('\\') || Buffer.byteLength(key, 'utf8') > 1023) {
    throw ossErrors.invalidObjectName();
  }
}

export async function putObject(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { store } = authorizedBucket(c, rt, 'oss:PutObject', key);
  checkObjectKey(key);
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_PUT_BYTES) {
    throw ossErrors.entityTooLarge();
  }
  const contentMd5 = declaredContentMd5(c);
  if (c.req.header(H.forbidOverwrite)?.toLowerCase() === 'true' && store.has(key))
    throw ossErrors.fileAlreadyExists();

  const body = Buffer.from(await c.req.arrayBuffer());
  checkContentMd5(contentMd5, createHash('md5').update(body).digest());

  const contentType = c.req.header(H.contentType) ?? contentTypeFor(key);
  const meta = await store.put(
    key,
    body,
    contentType,
    wholeSecond(rt.options.now()),
    userMetaOf(c.req.raw.headers),
  );
  return c.body(null, 200, { ETag: meta.etag, 'Content-MD5': meta.contentMd5 });
}
