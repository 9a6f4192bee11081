// PutObject: streams the body to disk (a new version file) with its MD5 and CRC-64 computed on the way,
// and stores its Content-Type and x-oss-meta-* headers. At most 5 GB, declared or chunked
// (EntityTooLarge). Content-MD5, when sent, must be valid (InvalidDigest) and must match the body
// (BadDigest): then nothing is stored. Signed PUT URLs bind Content-Type and Content-MD5 through the
// string to sign, so a mismatching upload already failed authentication.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { H } from '../constants';
import { ossErrors } from '../errors';
import { wholeSecond } from '../oss-time';
import { contentTypeFor } from '../../object-store/mime';
import { etagOfMd5, type ObjectMeta } from '../../object-store/object-record';
import { authorizedBucket } from './bucket-context';
import { checkContentMd5, declaredContentMd5 } from './content-md5';
import { requestBody } from './request-body';
import { userMetaOf } from './user-meta';

export function checkObjectKey(key: string): void {
  if (key === '' || key.startsWith('/') || key.startsWith('\\') || Buffer.byteLength(key, 'utf8') > 1023) {
    throw ossErrors.invalidObjectName();
  }
}

export async function putObject(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { store } = authorizedBucket(c, rt, 'oss:PutObject', key);
  checkObjectKey(key);
  const body = requestBody(c, rt.options.limits.maxObjectBytes);
  const contentMd5 = declaredContentMd5(c);
  const declared = declaredLength(c);
  if (c.req.header(H.forbidOverwrite)?.toLowerCase() === 'true' && store.has(key))
    throw ossErrors.fileAlreadyExists();

  const contentType = c.req.header(H.contentType) ?? contentTypeFor(key);
  const userMeta = userMetaOf(c.req.raw.headers);
  const meta = await store.putStream(key, body, ({ size, md5, crc64 }): ObjectMeta => {
    // a client that vanished mid-body must not leave a truncated object behind
    if (declared !== undefined && size !== declared) throw ossErrors.incompleteBody(declared, size);
    checkContentMd5(contentMd5, md5);
    return {
      key,
      size,
      etag: etagOfMd5(md5),
      contentMd5: md5.toString('base64'),
      crc64,
      lastModified: wholeSecond(rt.options.now()),
      contentType,
      ...(Object.keys(userMeta).length === 0 ? {} : { userMeta }),
    };
  });
  return c.body(null, 200, {
    ETag: meta.etag,
    'Content-MD5': meta.contentMd5,
    [H.crc64]: meta.crc64 ?? '',
  });
}

/** Content-Length as a number, undefined for a chunked body. */
export function declaredLength(c: Context<AppEnv>): number | undefined {
  const text = c.req.header('content-length');
  if (text === undefined) return undefined;
  if (!/^\d{1,16}$/.test(text.trim()))
    throw ossErrors.invalidArgument('Content-Length must be a whole number.', 'Content-Length', text);
  return Number(text);
}
