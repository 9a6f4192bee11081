// InitiateMultipartUpload (POST /<key>?uploads): a new upload id for the key. The object's Content-Type
// (sent here, or derived from the key) and x-oss-meta-* are kept for the object Complete assembles.
// Needs oss:PutObject, as on OSS. An existing object of the same key is untouched until Complete.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { encodeRfc3986 } from '../auth/v4-canonical-request';
import { H } from '../constants';
import { ossErrors } from '../errors';
import { contentTypeFor } from '../../object-store/mime';
import { XML_DECLARATION, els } from '../xml';
import { authorizedBucket } from './bucket-context';
import { checkObjectKey } from './put-object';
import { respond } from './respond';
import { encodingTypeOf } from './upload-lookup';
import { userMetaOf } from './user-meta';
import { wholeSecond } from '../oss-time';

export async function initiateMultipartUpload(
  c: Context<AppEnv>,
  rt: OssLocalRuntime,
  key: string,
): Promise<Response> {
  const { config, store } = authorizedBucket(c, rt, 'oss:PutObject', key);
  checkObjectKey(key);
  const encoding = encodingTypeOf(c);
  if (c.req.header(H.forbidOverwrite)?.toLowerCase() === 'true' && store.has(key))
    throw ossErrors.fileAlreadyExists();

  const sentType = c.req.header(H.contentType);
  const upload = await rt.store.multipart.initiate({
    bucket: config.name,
    key,
    contentType: sentType === undefined || sentType === '' ? contentTypeFor(key) : sentType,
    userMeta: userMetaOf(c.req.raw.headers),
    initiated: wholeSecond(rt.options.now()),
  });
  const fields = els([
    ['Bucket', config.name],
    ['Key', encoding === 'url' ? encodeRfc3986(key) : key],
    ['UploadId', upload.uploadId],
    ['EncodingType', encoding],
  ]);
  return respond(
    c,
    `${XML_DECLARATION}<InitiateMultipartUploadResult>${fields}</InitiateMultipartUploadResult>\n`,
    200,
    { 'Content-Type': 'application/xml' },
  );
}
