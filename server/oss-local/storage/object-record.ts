import { createHash } from 'node:crypto';

/** What OSS knows about an object without reading it: enough for HEAD and for a listing row. */
export interface ObjectMeta {
  key: string;
  size: number;
  /** quoted upper-case MD5 hex, like OSS for simple uploads */
  etag: string;
  /** base64 MD5, returned as Content-MD5 */
  contentMd5: string;
  lastModified: number;
  contentType: string;
}

export interface ObjectRecord extends ObjectMeta {
  read(): Promise<Buffer>;
}

export function etagOfMd5(md5: Buffer): string {
  return `"${md5.toString('hex').toUpperCase()}"`;
}

export function metaOf(key: string, body: Buffer, contentType: string, lastModified: number): ObjectMeta {
  const md5 = createHash('md5').update(body).digest();
  return {
    key,
    size: body.length,
    etag: etagOfMd5(md5),
    contentMd5: md5.toString('base64'),
    lastModified,
    contentType,
  };
}
