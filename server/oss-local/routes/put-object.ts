// PutObject: stores the body and its Content-Type. Content-MD5, when sent, must be valid (InvalidDigest)
// and must match the body (BadDigest); signed PUT URLs bind Content-Type and Content-MD5 through the
// string to sign, so a mismatching upload already failed authentication.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { H } from '../constants';
import { OssError, ossErrors } from '../errors';
import { contentTypeFor } from '../storage/mime';
import { bucketOf } from './bucket-context';

/** Uploads are buffered in memory: a local test server does not need OSS's 5 GB single-PUT limit. */
export const MAX_PUT_BYTES = 256 * 1024 * 1024;

export function checkObjectKey(key: string): void {
  if (key === '' || key.startsWith('/') || key.startsWith('\\') || Buffer.byteLength(key, 'utf8') > 1023) {
    throw ossErrors.invalidObjectName();
  }
}

export async function putObject(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { config, store } = bucketOf(c, rt);
  authorize(c.get('principal'), {
    actions: ['oss:PutObject'],
    bucket: config.name,
    key,
    grantedByAcl: false,
    region: rt.options.region,
  });
  checkObjectKey(key);
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_PUT_BYTES) {
    throw new OssError(
      400,
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed object size.',
    );
  }
  const contentMd5 = c.req.header(H.contentMd5);
  if (contentMd5 !== undefined && Buffer.from(contentMd5, 'base64').length !== 16)
    throw ossErrors.invalidDigest();
  if (c.req.header(H.forbidOverwrite)?.toLowerCase() === 'true' && store.has(key))
    throw ossErrors.fileAlreadyExists();

  const body = Buffer.from(await c.req.arrayBuffer());
  const md5 = createHash('md5').update(body).digest('base64');
  if (contentMd5 !== undefined && contentMd5 !== md5) throw ossErrors.badDigest(contentMd5, md5);

  const contentType = c.req.header(H.contentType) ?? contentTypeFor(key);
  const meta = await store.put(key, body, contentType, rt.options.now());
  return c.body(null, 200, { ETag: meta.etag, 'Content-MD5': meta.contentMd5 });
}
