// CompleteMultipartUpload (POST /<key>?uploadId=ID): assembles the listed parts into the object, streamed
// part file by part file into the object's file when there is a data dir. ETag like OSS:
// "<MD5 of the parts' binary MD5s>-<part count>"; x-oss-object-type Multipart. Needs oss:PutObject.
// Parts not listed are discarded with the upload, as on OSS. Atomic against a concurrent UploadPart or
// Abort of the same upload (see MultipartStore.take).
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { encodeRfc3986 } from '../auth/v4-canonical-request';
import { H, MULTIPART } from '../constants';
import { ossErrors } from '../errors';
import { multipartEtag, type ObjectMeta } from '../../object-store/object-record';
import { XML_DECLARATION, els } from '../xml';
import { authorizedBucket } from './bucket-context';
import { allParts, parseCompleteBody, selectParts } from './complete-parts';
import { checkContentMd5, declaredContentMd5 } from './content-md5';
import { readSmallBody } from './request-body';
import { respond } from './respond';
import { encodingTypeOf, uploadOf } from './upload-lookup';
import { wholeSecond } from '../oss-time';

export async function completeMultipartUpload(
  c: Context<AppEnv>,
  rt: OssLocalRuntime,
  key: string,
): Promise<Response> {
  const { config, store } = authorizedBucket(c, rt, 'oss:PutObject', key);
  const encoding = encodingTypeOf(c);
  const upload = uploadOf(c, rt, config.name, key);
  const contentMd5 = declaredContentMd5(c);
  const body = await readSmallBody(c, MULTIPART.maxCompleteBodyBytes);
  checkContentMd5(contentMd5, createHash('md5').update(body).digest());

  const completeAll = c.req.header(H.completeAll)?.toLowerCase() === 'yes';
  if (completeAll && body.length > 0) {
    throw ossErrors.invalidArgument(
      'A part list must not be sent with x-oss-complete-all: yes.',
      H.completeAll,
      'yes',
    );
  }
  const requested = completeAll ? undefined : parseCompleteBody(body.toString('utf8'));
  if (c.req.header(H.forbidOverwrite)?.toLowerCase() === 'true' && store.has(key))
    throw ossErrors.fileAlreadyExists();

  // the parts are chosen and the upload taken in one step: a racing UploadPart or Abort now gets
  // NoSuchUpload, and the bytes assembled are exactly those of the ETags validated here
  const claim = await rt.store.multipart.take(upload, (uploaded) =>
    selectParts(requested ?? allParts(uploaded), uploaded),
  );
  if (claim === undefined) throw ossErrors.noSuchUpload(upload.uploadId);
  const { chosen: parts, taken } = claim;
  let meta: ObjectMeta;
  try {
    meta = await store.putStream(
      key,
      taken.concatenate(parts.map((p) => p.partNumber)),
      ({ size, md5, crc64 }): ObjectMeta => ({
        key,
        size,
        etag: multipartEtag(parts.map((p) => p.md5)),
        contentMd5: md5.toString('base64'),
        crc64,
        lastModified: wholeSecond(rt.options.now()),
        contentType: upload.contentType,
        objectType: 'Multipart',
        ...(Object.keys(upload.userMeta).length === 0 ? {} : { userMeta: upload.userMeta }),
      }),
    );
  } catch (err) {
    taken.restore();
    throw err;
  }
  await taken.finish();

  const url = new URL(c.req.url);
  const host = c.req.header('host') ?? url.host;
  const fields = els([
    ['EncodingType', encoding],
    ['Location', `${url.protocol}//${host}${c.get('rawPath')}`],
    ['Bucket', config.name],
    ['Key', encoding === 'url' ? encodeRfc3986(key) : key],
    ['ETag', meta.etag],
  ]);
  return respond(
    c,
    `${XML_DECLARATION}<CompleteMultipartUploadResult>${fields}</CompleteMultipartUploadResult>\n`,
    200,
    { 'Content-Type': 'application/xml', ETag: meta.etag, [H.crc64]: meta.crc64 ?? '' },
  );
}
