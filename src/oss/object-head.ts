// HeadObject's headers (a fetch Headers or a plain record) → what the URL panel needs. In a browser only CORS-exposed headers are readable
// (ETag, Content-Length, x-oss-request-id by the rule buildCorsRule makes; Content-Type and
// Last-Modified always), so the rest is optional.
import { readHeader, type HeaderSource } from '../core/errors';

export interface ObjectHead {
  key: string;
  size: number | undefined;
  /** ms since the epoch */
  lastModified: number | undefined;
  etag: string | undefined;
  contentType: string | undefined;
  storageClass: string | undefined;
  type: string | undefined;
  requestId: string | undefined;
  /** x-oss-meta-* without the prefix */
  meta: Record<string, string>;
}

export function toObjectHead(key: string, headers: HeaderSource): ObjectHead {
  const num = (v: string | undefined): number | undefined => {
    const n = v === undefined ? Number.NaN : Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const date = readHeader(headers, 'last-modified');
  const parsedDate = date === undefined ? Number.NaN : Date.parse(date);
  const meta: Record<string, string> = {};
  const entries: Iterable<[string, unknown]> =
    typeof (headers as Headers).forEach === 'function' && typeof headers.get === 'function'
      ? [...(headers as Headers).entries()]
      : Object.entries(headers as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (/^x-oss-meta-/i.test(name) && typeof value === 'string') meta[name.slice(11).toLowerCase()] = value;
  }
  return {
    key,
    size: num(readHeader(headers, 'content-length')),
    lastModified: Number.isNaN(parsedDate) ? undefined : parsedDate,
    etag: readHeader(headers, 'etag')?.replace(/^"|"$/g, ''),
    contentType: readHeader(headers, 'content-type'),
    storageClass: readHeader(headers, 'x-oss-storage-class'),
    type: readHeader(headers, 'x-oss-object-type'),
    requestId: readHeader(headers, 'x-oss-request-id'),
    meta,
  };
}
