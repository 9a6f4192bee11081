// ListObjects (V1, marker) and ListObjectsV2 (list-type=2, continuation-token, start-after, fetch-owner),
// with prefix, delimiter, max-keys 1..1000 and encoding-type=url, answered in OSS's XML.
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { encodeRfc3986 } from '../auth/v4-canonical-request';
import { LIST_DEFAULT_MAX_KEYS, LIST_MAX_KEYS, OWNER } from '../constants';
import { ossErrors } from '../errors';
import type { ListedPage } from '../../object-store/bucket-store';
import { XML_DECLARATION, el, els, escapeXml } from '../xml';
import { bucketOf } from './bucket-context';
import { failRequest, sleep } from './fail-request';
import { respond } from './respond';
import { parseQueryWith } from './validate-query';
import { ossIsoTime } from '../oss-time';

const maxKeys = z
  .string()
  .regex(/^\d{1,4}$/, `max-keys must be an integer from 1 to ${LIST_MAX_KEYS}.`)
  .transform(Number)
  .refine((n) => n >= 1 && n <= LIST_MAX_KEYS, `max-keys must be an integer from 1 to ${LIST_MAX_KEYS}.`)
  .default(LIST_DEFAULT_MAX_KEYS);

const listQuerySchema = z.object({
  'list-type': z.literal('2', 'list-type must be 2.').optional(),
  prefix: z.string().default(''),
  delimiter: z.string().optional(),
  marker: z.string().optional(),
  'start-after': z.string().optional(),
  'continuation-token': z.string().optional(),
  'fetch-owner': z.enum(['true', 'false'], 'fetch-owner must be true or false.').optional(),
  'max-keys': maxKeys,
  'encoding-type': z.literal('url', 'encoding-type must be url.').optional(),
});

type ListQuery = z.output<typeof listQuerySchema>;

/** Continuation tokens are opaque to clients; here they carry the last listed name, base64url-encoded. */
export function encodeContinuationToken(lastName: string): string {
  return Buffer.from(lastName, 'utf8').toString('base64url');
}

export function decodeContinuationToken(token: string): string {
  const name = /^[A-Za-z0-9_-]+$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  if (name === '' || encodeContinuationToken(name) !== token) {
    throw ossErrors.invalidArgument(
      'The continuation token provided is incorrect.',
      'continuation-token',
      token,
    );
  }
  return name;
}

async function applyListFaults(c: Context<AppEnv>, rt: OssLocalRuntime): Promise<void> {
  const { listLatencyMs } = rt.faults.get();
  const fault = rt.faults.onListRequest();
  if (listLatencyMs > 0) await sleep(listLatencyMs);
  failRequest(c, fault);
}

function contentsXml(page: ListedPage, encode: (s: string) => string, withOwner: boolean): string {
  const owner = withOwner
    ? `<Owner>${el('ID', OWNER.id)}${el('DisplayName', OWNER.displayName)}</Owner>`
    : '';
  // synthetic folders share one Last-Modified: format each distinct instant once per page
  const isoCache = new Map<number, string>();
  const iso = (ms: number): string => {
    let text = isoCache.get(ms);
    if (text === undefined) isoCache.set(ms, (text = ossIsoTime(ms)));
    return text;
  };
  const parts: string[] = [];
  const prefixes: string[] = [];
  for (const entry of page.entries) {
    if (entry.kind === 'prefix') {
      prefixes.push(`<CommonPrefixes>${el('Prefix', encode(entry.prefix))}</CommonPrefixes>`);
      continue;
    }
    const { row } = entry;
    parts.push(
      `<Contents>${el('Key', encode(entry.key))}<LastModified>${iso(row.lastModified)}</LastModified>` +
        `<ETag>${escapeXml(row.etag)}</ETag><Type>${row.objectType ?? 'Normal'}</Type><Size>${row.size}</Size><StorageClass>Standard</StorageClass>${owner}</Contents>`,
    );
  }
  return parts.join('') + prefixes.join('');
}

export async function listObjects(c: Context<AppEnv>, rt: OssLocalRuntime): Promise<Response> {
  const q: ListQuery = parseQueryWith(listQuerySchema, c.get('query'));
  const { config, store } = bucketOf(c, rt);
  authorize(c.get('principal'), {
    actions: ['oss:ListObjects'],
    bucket: config.name,
    key: undefined,
    context: { 'oss:Prefix': q.prefix, 'oss:Delimiter': q.delimiter },
    grantedByAcl: config.acl === 'public-read',
    region: rt.options.region,
  });
  await applyListFaults(c, rt);

  const v2 = q['list-type'] === '2';
  const token =
    v2 && q['continuation-token'] !== undefined
      ? decodeContinuationToken(q['continuation-token'])
      : undefined;
  const after = v2 ? (token ?? q['start-after']) : q.marker;
  const delimiter = q.delimiter === '' ? undefined : q.delimiter;
  const page = store.list({ prefix: q.prefix, after, delimiter, maxKeys: q['max-keys'] });
  const last = page.entries[page.entries.length - 1];
  const next =
    page.truncated && last !== undefined ? (last.kind === 'key' ? last.key : last.prefix) : undefined;

  const url = q['encoding-type'] === 'url';
  const enc = (s: string): string => (url ? encodeRfc3986(s) : s);
  const encOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : enc(s));
  const head = v2
    ? els([
        ['Name', config.name],
        ['Prefix', enc(q.prefix)],
        ['StartAfter', encOpt(q['start-after'])],
        ['ContinuationToken', q['continuation-token']],
        ['MaxKeys', q['max-keys']],
        ['Delimiter', enc(q.delimiter ?? '')],
        ['EncodingType', q['encoding-type']],
        ['IsTruncated', page.truncated],
        ['NextContinuationToken', next === undefined ? undefined : encodeContinuationToken(next)],
        ['KeyCount', page.entries.length],
      ])
    : els([
        ['Name', config.name],
        ['Prefix', enc(q.prefix)],
        ['Marker', enc(q.marker ?? '')],
        ['MaxKeys', q['max-keys']],
        ['Delimiter', enc(q.delimiter ?? '')],
        ['EncodingType', q['encoding-type']],
        ['IsTruncated', page.truncated],
        ['NextMarker', encOpt(next)],
      ]);
  const withOwner = !v2 || q['fetch-owner'] === 'true';
  const body = `${XML_DECLARATION}<ListBucketResult>${head}${contentsXml(page, enc, withOwner)}</ListBucketResult>\n`;
  return respond(c, body, 200, { 'Content-Type': 'application/xml' });
}
