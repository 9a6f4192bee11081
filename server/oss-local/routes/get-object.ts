// GetObject and HeadObject: Range (206 / 416 InvalidRange), conditional headers, response-* overrides,
// and the two default-domain rules the console must warn about: forced download of images and HTML,
// and ApkDownloadForbidden for .apk/.ipa. Custom domains are exempt from both, as on OSS.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import {
  APK_CONTENT_TYPES,
  APK_EXTENSIONS,
  FORCED_DOWNLOAD_TYPES,
  H,
  RESPONSE_OVERRIDES,
} from '../constants';
import { ossErrors } from '../errors';
import { queryGet } from '../raw-request';
import type { ObjectRecord } from '../storage/object-record';
import { httpDate } from '../oss-time';
import { bucketOf } from './bucket-context';
import { parseRange } from './range';
import { respond } from './respond';
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
function checkConditions(c: Context<AppEnv>, object: ObjectRecord): Response | undefined {
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
  return c.body(null, 304, {
    ETag: object.etag,
    'Last-Modified': httpDate(object.lastModified),
  });
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
  const object = store.get(key);
  if (object === undefined) throw ossErrors.noSuchKey(key);
  checkApkRule(c, key, object.contentType);
  const notModified = checkConditions(c, object);
  if (notModified !== undefined) return notModified;

  const headers: Record<string, string> = {
    'Content-Type': object.contentType,
    ETag: object.etag,
    'Last-Modified': httpDate(object.lastModified),
    'Accept-Ranges': 'bytes',
    [H.objectType]: object.objectType ?? 'Normal',
    'x-oss-storage-class': 'Standard',
    ...userMetaHeaders(object.userMeta),
  };
  const query = c.get('query');
  for (const [param, header] of RESPONSE_OVERRIDES) {
    const value = queryGet(query, param);
    if (value !== undefined && value !== '') headers[header] = value;
  }
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

  const range = parseRange(c.req.header('range'), object.size);
  if (range === 'unsatisfiable') throw ossErrors.invalidRange(object.size);
  const bytes = c.req.method === 'HEAD' ? undefined : await object.read();
  if (range === undefined) {
    headers['Content-Length'] = String(object.size);
    // OSS sends Content-MD5 only for objects it received whole (PutObject), not for assembled ones
    if ((object.objectType ?? 'Normal') === 'Normal') headers['Content-MD5'] = object.contentMd5;
    return respond(c, bytes === undefined ? null : new Uint8Array(bytes), 200, headers);
  }
  headers['Content-Range'] = `bytes ${range.start}-${range.end}/${object.size}`;
  headers['Content-Length'] = String(range.end - range.start + 1);
  const slice = bytes === undefined ? null : new Uint8Array(bytes.subarray(range.start, range.end + 1));
  return respond(c, slice, 206, headers);
}
