import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { crc64Of } from './crc64';

/** `Normal` for PutObject, `Multipart` for objects assembled by CompleteMultipartUpload (x-oss-object-type). */
export type ObjectType = 'Normal' | 'Multipart';

/** What OSS knows about an object without reading it: enough for HEAD and for a listing row. */
export interface ObjectMeta {
  key: string;
  size: number;
  /** quoted upper-case MD5 hex for simple uploads; `"<MD5 of the part MD5s>-<parts>"` for multipart */
  etag: string;
  /** base64 MD5 of the whole object; returned as Content-MD5 for Normal objects only, as OSS does */
  contentMd5: string;
  /** x-oss-hash-crc64ecma (unsigned decimal); absent on objects stored by an older oss-local */
  crc64?: string;
  lastModified: number;
  contentType: string;
  /** absent means Normal (objects stored before multipart existed) */
  objectType?: ObjectType;
  /** x-oss-meta-* headers, names lower-cased without the prefix */
  userMeta?: Record<string, string>;
  /** disk store: the file holding this version's bytes (absent: the legacy `<id>.bin`) */
  file?: string;
}

/** Inclusive byte offsets, as in a Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * One version of an object, opened: its bytes cannot change under the reader any more (on disk an open
 * file handle keeps the version even if a PUT replaces or a DELETE removes it meanwhile).
 */
export interface OpenedObject {
  meta: ObjectMeta;
  /** the bytes, whole or a range, as a stream read from disk (or memory) as it is consumed */
  stream(range?: ByteRange): Readable;
  /** releases the version when no stream was taken */
  close(): Promise<void>;
}

export function etagOfMd5(md5: Buffer): string {
  return `"${md5.toString('hex').toUpperCase()}"`;
}

/** OSS's multipart ETag: MD5 over the concatenated binary MD5s of the parts, then `-<part count>`. */
export function multipartEtag(partMd5s: readonly Buffer[]): string {
  const hash = createHash('md5');
  for (const md5 of partMd5s) hash.update(md5);
  return `"${hash.digest('hex').toUpperCase()}-${partMd5s.length}"`;
}

export function metaOf(
  key: string,
  body: Buffer,
  contentType: string,
  lastModified: number,
  userMeta?: Record<string, string>,
): ObjectMeta {
  const md5 = createHash('md5').update(body).digest();
  return {
    key,
    size: body.length,
    etag: etagOfMd5(md5),
    contentMd5: md5.toString('base64'),
    crc64: crc64Of(body),
    lastModified,
    contentType,
    ...(userMeta === undefined || Object.keys(userMeta).length === 0 ? {} : { userMeta }),
  };
}
