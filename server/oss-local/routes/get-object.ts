// GetObject and HeadObject: the bytes are streamed from disk (a Range reads only its bytes), never held
// in memory. Range per OSS (see range.ts), conditional headers, response-* overrides (see
// response-overrides.ts), x-oss-hash-crc64ecma of the whole object, and the two default-domain rules the
// console must warn about: forced download of images and HTML, and ApkDownloadForbidden for .apk/.ipa.
// Custom domains are exempt from both, as on OSS.
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { APK_CONTENT_TYPES, APK_EXTENSIONS, FORCED_DOWNLOAD_TYPES, H } from '../constants';
import { ossErrors } from '../errors';
import { httpDate } from '../oss-time';
import type { ObjectMeta, OpenedObject } from '../../object-store/object-record';
import { bucketOf } from './bucket-context';
import { parseRange, rangeBehaviorOf } from './range';
import { responseOverrides } from './response-overrides';
import { userMetaHeaders } from './user-meta';

const baseType = (contentType: string): string => (contentType.split(';')[0] ?? '').trim().toLowerCase();

function checkApkRule(c: Context<AppEnv>, key: string, contentType: string | undefined): void {
  const { kind } = c.get('target');
  const scheme = c.get('authScheme');
  // OSS blocks anonymous and URL-signed access on the default and accelerate domains
  if (kind !== 'default' && kind !== 'accelerate') return;
  if (scheme !== 'anonymous' && scheme !== 'v1-query' && scheme !== 'v4-query') return;
  const lower = key.toLowerCase();
  if (
    APK_EXTENSIONS.some((ext) => lower.endsWith(ext)) ||
    (contentType !== undefined && APK_CONTENT_TYPES.has(baseType(contentType)))
  ) {
    throw ossErrors.apkDownloadForbidden();
  }
}

/** 304/412 like OSS: If-Match / If-Unmodified-Since fail with 412, If-None-Match / If-Modified-Since with 304. */
function checkConditions(c: Context<AppEnv>, object: ObjectMeta): Response | undefined {
  const modifiedSec = Math.floor(object.lastModified / 1000);
  const since = (h: string): number | undefined => {
    const v = c.req.header(h);
    const ms = v === undefined ? NaN : Date.parse(v);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
  };
  const ifMatch = c.req.header('if-match');
  if (ifMatch !== undefined && ifMatch !== '*' && !ifMatch.split(',').some((t) => t.trim() === object.etag)) {
    throw ossErrors.preconditionFailed('If-Match');
  }
  const unmodified = since('if-unmodified-since');
  if (unmodified !== undefined && modifiedSec > unmodified)
    throw ossErrors.preconditionFailed('If-Unmodified-Since');
  const ifNoneMatch = c.req.header('if-none-match');
  const modified = since('if-modified-since');
  const notModified =
    ifNoneMatch !== undefined
      ? ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim() === object.etag)
      : modified !== undefined && modifiedSec <= modified;
  if (!notModified) return undefined;
  return new Response(null, {
    status: 304,
    headers: { ETag: object.etag, 'Last-Modified': httpDate(object.lastModified) },
  });
}

function objectHeaders(c: Context<AppEnv>, object: ObjectMeta): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': object.contentType,
    ETag: object.etag,
    'Last-Modified': httpDate(object.lastModified),
    'Accept-Ranges': 'bytes',
    [H.objectType]: object.objectType ?? 'Normal',
    'x-oss-storage-class': 'Standard',
    ...(object.crc64 === undefined ? {} : { [H.crc64]: object.crc64 }),
    ...userMetaHeaders(object.userMeta),
    // HeadObject takes no response-* parameters; GetObject does
    ...(c.req.method === 'GET' ? responseOverrides(c.get('query'), c.get('authScheme')) : {}),
  };
  const { kind } = c.get('target');
  const effectiveTypes = [object.contentType, headers['Content-Type'] ?? ''].map(baseType);
  if (
    (kind === 'default' || kind === 'accelerate') &&
    effectiveTypes.some((t) => FORCED_DOWNLOAD_TYPES.has(t))
  ) {
    headers[H.forceDownload] = 'true';
    const requested = headers['Content-Disposition'];
    if (requested === undefined || !/^\s*attachment/i.test(requested))
      headers['Content-Disposition'] = 'attachment';
  }
  return headers;
}

export async function getObject(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { config, store } = bucketOf(c, rt);
  authorize(c.get('principal'), {
    actions: ['oss:GetObject'],
    bucket: config.name,
    key,
    grantedByAcl: config.acl === 'public-read',
    region: rt.options.region,
  });
  checkApkRule(c, key, undefined);
  const head = c.req.method === 'HEAD';
  // GET pins one version (an open file) before any header is computed, so headers and bytes agree
  const opened: OpenedObject | undefined = head ? undefined : await store.open(key);
  const object = head ? store.meta(key) : opened?.meta;
  if (object === undefined) throw ossErrors.noSuchKey(key);
  try {
    checkApkRule(c, key, object.contentType);
    const notModified = checkConditions(c, object);
    if (notModified !== undefined) {
      await opened?.close();
      return notModified;
    }
    const headers = objectHeaders(c, object);
    const range = parseRange(
      c.req.header('range'),
      object.size,
      rangeBehaviorOf(c.req.header(H.rangeBehavior)),
    );
    if (range === 'unsatisfiable') throw ossErrors.invalidRange(object.size);
    if (range === undefined) {
      headers['Content-Length'] = String(object.size);
      // OSS sends Content-MD5 only for objects it received whole (PutObject), not for assembled ones
      if ((object.objectType ?? 'Normal') === 'Normal') headers['Content-MD5'] = object.contentMd5;
    } else {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${object.size}`;
      headers['Content-Length'] = String(range.end - range.start + 1);
    }
    const status = range === undefined ? 200 : 206;
    if (opened === undefined) return new Response(null, { status, headers });
    const body = Readable.toWeb(opened.stream(range)) as ReadableStream<Uint8Array>;
    return new Response(body, { status, headers });
  } catch (err) {
    await opened?.close();
    throw err;
  }
}
