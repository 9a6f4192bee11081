// ListMultipartUploads (GET /?uploads): uploads in progress, by key then initiation, with prefix,
// delimiter (CommonPrefixes), key-marker / upload-id-marker, max-uploads (1..1000, default 1000) and
// encoding-type=url. Needs oss:ListMultipartUploads on the bucket.
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { encodeRfc3986 } from '../auth/v4-canonical-request';
import { MULTIPART } from '../constants';
import { compareKeys } from '../../object-store/key-order';
import type { UploadRecord } from '../../object-store/multipart-store';
import { XML_DECLARATION, el, els } from '../xml';
import { authorizedBucket } from './bucket-context';
import { respond } from './respond';
import { parseQueryWith } from './validate-query';
import { ossIsoTime } from '../oss-time';

const querySchema = z.object({
  prefix: z.string().default(''),
  delimiter: z.string().optional(),
  'key-marker': z.string().default(''),
  'upload-id-marker': z.string().default(''),
  'max-uploads': z
    .string()
    .regex(/^\d{1,4}$/, `max-uploads must be an integer from 1 to ${MULTIPART.listUploadsMax}.`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MULTIPART.listUploadsMax, 'max-uploads must be from 1 to 1000.')
    .default(MULTIPART.listUploadsDefault),
  'encoding-type': z.literal('url', 'encoding-type must be url.').optional(),
});

type Entry = { kind: 'upload'; upload: UploadRecord } | { kind: 'prefix'; prefix: string };

/** After the markers: keys past key-marker, or the same key's uploads past upload-id-marker. */
function afterMarkers(
  uploads: readonly UploadRecord[],
  keyMarker: string,
  uploadIdMarker: string,
): UploadRecord[] {
  if (keyMarker === '') return [...uploads];
  const at = uploads.findIndex((u) => u.key === keyMarker && u.uploadId === uploadIdMarker);
  if (uploadIdMarker !== '' && at !== -1) return uploads.slice(at + 1);
  return uploads.filter((u) => compareKeys(u.key, keyMarker) > 0);
}

export function listMultipartUploads(c: Context<AppEnv>, rt: OssLocalRuntime): Response {
  const { config } = authorizedBucket(c, rt, 'oss:ListMultipartUploads', undefined);
  const q = parseQueryWith(querySchema, c.get('query'));
  const candidates = afterMarkers(
    rt.store.multipart.list(config.name),
    q['key-marker'],
    q['upload-id-marker'],
  );
  const entries: Entry[] = [];
  let truncated = false;
  for (const upload of candidates.filter((u) => u.key.startsWith(q.prefix))) {
    const cut = q.delimiter ? upload.key.indexOf(q.delimiter, q.prefix.length) : -1;
    const common = cut === -1 ? undefined : upload.key.slice(0, cut + (q.delimiter ?? '').length);
    const last = entries[entries.length - 1];
    if (common !== undefined && last?.kind === 'prefix' && last.prefix === common) continue;
    if (entries.length === q['max-uploads']) {
      truncated = true;
      break;
    }
    entries.push(common === undefined ? { kind: 'upload', upload } : { kind: 'prefix', prefix: common });
  }
  const enc = (s: string): string => (q['encoding-type'] === 'url' ? encodeRfc3986(s) : s);
  const last = entries[entries.length - 1];
  const nextKey = last === undefined ? '' : last.kind === 'upload' ? last.upload.key : last.prefix;
  const head = els([
    ['Bucket', config.name],
    ['EncodingType', q['encoding-type']],
    ['KeyMarker', enc(q['key-marker'])],
    ['UploadIdMarker', q['upload-id-marker']],
    ['NextKeyMarker', enc(nextKey)],
    ['NextUploadIdMarker', last?.kind === 'upload' ? last.upload.uploadId : ''],
    ['Delimiter', enc(q.delimiter ?? '')],
    ['Prefix', enc(q.prefix)],
    ['MaxUploads', q['max-uploads']],
    ['IsTruncated', truncated],
  ]);
  const uploads = entries
    .filter((e) => e.kind === 'upload')
    .map(
      ({ upload }) =>
        `<Upload>${el('Key', enc(upload.key))}${el('UploadId', upload.uploadId)}` +
        `<StorageClass>Standard</StorageClass>${el('Initiated', ossIsoTime(upload.initiated))}</Upload>`,
    )
    .join('');
  const prefixes = entries
    .filter((e) => e.kind === 'prefix')
    .map((e) => `<CommonPrefixes>${el('Prefix', enc(e.prefix))}</CommonPrefixes>`)
    .join('');
  const body = `${XML_DECLARATION}<ListMultipartUploadsResult>${head}${uploads}${prefixes}</ListMultipartUploadsResult>\n`;
  return respond(c, body, 200, { 'Content-Type': 'application/xml' });
}
