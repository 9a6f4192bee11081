// Object operations: GET/HEAD Object (Range per RFC 7233 as COS applies it: one `bytes=` range, an
// unsatisfiable one is 416 InvalidRange, an end past the size is cut; response-* overrides on signed
// requests; If-Match/If-None-Match/If-(Un)Modified-Since), PUT Object (streamed, Content-MD5 checked,
// x-cos-meta-* kept), DELETE Object (204 also when absent). Docs: GET Object
// https://www.tencentcloud.com/document/product/436/7753, PUT Object .../7749, DELETE Object .../7743.
import { Readable, Transform } from 'node:stream';
import {
  etagOfMd5,
  type ByteRange,
  type ObjectMeta,
  type OpenedObject,
} from '../../object-store/object-record';
import { contentTypeFor } from '../../object-store/mime';
import { cosErrors } from '../errors';
import { type CosCall, cosEtag, param } from '../runtime';
import { httpDate } from '../xml';
import { checkMd5, declaredMd5, requestBody, userMetaOf } from './body';

const OVERRIDES: ReadonlyArray<readonly [string, string]> = [
  ['response-content-type', 'Content-Type'],
  ['response-content-language', 'Content-Language'],
  ['response-expires', 'Expires'],
  ['response-cache-control', 'Cache-Control'],
  ['response-content-disposition', 'Content-Disposition'],
  ['response-content-encoding', 'Content-Encoding'],
];

export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*bytes\s*=\s*(\d{0,16})\s*-\s*(\d{0,16})\s*$/i.exec(header);
  if (m === null) return undefined;
  const [, startText = '', endText = ''] = m;
  if (startText === '' && endText === '') return undefined;
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  if (start >= size) return 'unsatisfiable';
  const end = endText === '' ? size - 1 : Number(endText);
  if (end < start) return undefined;
  return { start, end: Math.min(end, size - 1) };
}

function notModified(call: CosCall, object: ObjectMeta): Response | undefined {
  const etag = cosEtag(object.etag);
  const modifiedSec = Math.floor(object.lastModified / 1000);
  const since = (h: string): number | undefined => {
    const ms = Date.parse(call.c.req.header(h) ?? '');
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
  };
  const tags = (h: string): string[] | undefined =>
    call.c.req
      .header(h)
      ?.split(',')
      .map((t) => t.trim().toLowerCase());
  const ifMatch = tags('if-match');
  if (ifMatch !== undefined && !ifMatch.includes('*') && !ifMatch.includes(etag))
    throw cosErrors.preconditionFailed();
  const unmodified = since('if-unmodified-since');
  if (unmodified !== undefined && modifiedSec > unmodified) throw cosErrors.preconditionFailed();
  const ifNoneMatch = tags('if-none-match');
  const modified = since('if-modified-since');
  const same =
    ifNoneMatch !== undefined
      ? ifNoneMatch.includes('*') || ifNoneMatch.includes(etag)
      : modified !== undefined && modifiedSec <= modified;
  if (!same) return undefined;
  return new Response(null, {
    status: 304,
    headers: { ETag: etag, 'Last-Modified': httpDate(object.lastModified) },
  });
}

function objectHeaders(call: CosCall, object: ObjectMeta): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': object.contentType,
    ETag: cosEtag(object.etag),
    'Last-Modified': httpDate(object.lastModified),
    'Accept-Ranges': 'bytes',
    'x-cos-request-id': call.requestId,
    'x-cos-storage-class': 'STANDARD',
    ...(object.crc64 === undefined ? {} : { 'x-cos-hash-crc64ecma': object.crc64 }),
  };
  for (const [name, value] of Object.entries(object.userMeta ?? {})) headers[`x-cos-meta-${name}`] = value;
  if (call.op !== 'GetObject') return headers;
  for (const [p, header] of OVERRIDES) {
    const value = param(call, p);
    if (value === undefined) continue;
    if (call.principal.kind === 'anonymous')
      throw cosErrors.invalidRequest('response-* parameters need a signed request.');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/.test(value))
      throw cosErrors.invalidArgument(`${p} holds characters an HTTP header cannot carry.`);
    headers[header] = value;
  }
  return headers;
}

/**
 * COS's rule for buckets created on or after 1 January 2024 (https://cloud.tencent.com/document/product/436/57456):
 * on the default and global-acceleration domains (not on a custom domain) every object is served as a
 * download — `Content-Disposition: attachment` and `x-cos-force-download: true`, whatever
 * response-content-disposition asks — and .apk/.ipa are refused with 403 DownloadForbidden.
 */
export const COS_FORCED_DOWNLOAD_SINCE = Date.UTC(2024, 0, 1);

/** COS's single-link speed limit, bit/s (100 KB/s – 100 MB/s, https://cloud.tencent.com/document/product/436/40140). */
export const TRAFFIC_LIMIT_MIN = 819_200;
export const TRAFFIC_LIMIT_MAX = 838_860_800;

/** x-cos-traffic-limit from the query (a link) or the header, checked; undefined when absent. */
function trafficLimitOf(call: CosCall): number | undefined {
  const raw = param(call, 'x-cos-traffic-limit') ?? call.c.req.header('x-cos-traffic-limit');
  if (raw === undefined) return undefined;
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= TRAFFIC_LIMIT_MIN && value <= TRAFFIC_LIMIT_MAX))
    throw cosErrors.invalidArgument(
      `x-cos-traffic-limit must be ${TRAFFIC_LIMIT_MIN}–${TRAFFIC_LIMIT_MAX} bit/s, not ${JSON.stringify(raw)}.`,
    );
  return value;
}

/** Passes bytes on no faster than `bitsPerSecond` on average (from the first byte), as COS throttles a link. */
function throttled(bitsPerSecond: number): Transform {
  const bytesPerMs = bitsPerSecond / 8 / 1000;
  let start: number | undefined;
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      start ??= Date.now();
      sent += chunk.length;
      const due = start + sent / bytesPerMs;
      setTimeout(() => done(null, chunk), Math.max(0, due - Date.now()));
    },
  });
}

function forcedDownload(call: CosCall): boolean {
  if (call.target.kind !== 'default' && call.target.kind !== 'accelerate') return false;
  const created = call.bucket.createdAt === undefined ? undefined : Date.parse(call.bucket.createdAt);
  return created !== undefined && created >= COS_FORCED_DOWNLOAD_SINCE;
}

export async function getObject(call: CosCall): Promise<Response> {
  const limit = call.op === 'GetObject' ? trafficLimitOf(call) : undefined;
  const forced = forcedDownload(call);
  if (forced && /\.(apk|ipa)$/i.test(call.key)) throw cosErrors.downloadForbidden();
  const head = call.op === 'HeadObject';
  const opened: OpenedObject | undefined = head ? undefined : await call.store.open(call.key);
  const object = head ? call.store.meta(call.key) : opened?.meta;
  if (object === undefined) throw cosErrors.noSuchKey();
  try {
    const unchanged = notModified(call, object);
    if (unchanged !== undefined) {
      await opened?.close();
      return unchanged;
    }
    const headers = objectHeaders(call, object);
    if (forced) {
      headers['Content-Disposition'] = 'attachment';
      headers['x-cos-force-download'] = 'true';
    }
    const range = parseRange(call.c.req.header('range'), object.size);
    if (range === 'unsatisfiable') throw cosErrors.invalidRange();
    if (range === undefined) headers['Content-Length'] = String(object.size);
    else {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${object.size}`;
      headers['Content-Length'] = String(range.end - range.start + 1);
    }
    const status = range === undefined ? 200 : 206;
    if (opened === undefined) return new Response(null, { status, headers });
    const body = opened.stream(range);
    const sent = limit === undefined ? body : body.pipe(throttled(limit));
    if (sent !== body) body.on('error', (err) => sent.destroy(err));
    return new Response(Readable.toWeb(sent) as ReadableStream<Uint8Array>, {
      status,
      headers,
    });
  } catch (err) {
    await opened?.close();
    throw err;
  }
}

export async function putObject(call: CosCall): Promise<Response> {
  const declared = declaredMd5(call);
  const contentType = call.c.req.header('content-type') || contentTypeFor(call.key);
  const userMeta = userMetaOf(call);
  const now = Math.floor(call.rt.options.now() / 1000) * 1000;
  const meta = await call.store.putStream(
    call.key,
    requestBody(call, call.rt.options.limits.maxObjectBytes),
    ({ size, md5, crc64 }): ObjectMeta => {
      checkMd5(declared, md5);
      return {
        key: call.key,
        size,
        etag: etagOfMd5(md5),
        contentMd5: md5.toString('base64'),
        crc64,
        lastModified: now,
        contentType,
        objectType: 'Normal',
        ...(Object.keys(userMeta).length === 0 ? {} : { userMeta }),
      };
    },
  );
  return new Response(null, {
    status: 200,
    headers: {
      ETag: cosEtag(meta.etag),
      'x-cos-request-id': call.requestId,
      ...(meta.crc64 === undefined ? {} : { 'x-cos-hash-crc64ecma': meta.crc64 }),
    },
  });
}

export async function deleteObject(call: CosCall): Promise<Response> {
  await call.store.delete(call.key);
  return new Response(null, { status: 204, headers: { 'x-cos-request-id': call.requestId } });
}
