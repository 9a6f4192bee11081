// Bucket operations: GET Bucket (List Objects: prefix, delimiter, marker, max-keys 1-1000 default 1000,
// encoding-type=url; IsTruncated and NextMarker; doc https://www.tencentcloud.com/document/product/436/7734),
// HEAD Bucket, GET Bucket domain (the custom-domain table; doc .../436/36525) and List Multipart Uploads.
import { cosErrors } from '../errors';
import { type CosCall, cosEtag, param, xmlResponse } from '../runtime';
import { XML_DECLARATION, el, els, encodeRfc3986, isoSeconds } from '../xml';
import { compareKeys } from '../../object-store/key-order';

function encodingOf(call: CosCall): ((s: string) => string) | undefined {
  const encoding = param(call, 'encoding-type');
  if (encoding === undefined || encoding === '') return undefined;
  if (encoding !== 'url') throw cosErrors.invalidArgument('encoding-type must be url.');
  return encodeRfc3986;
}

function intParam(call: CosCall, name: string, min: number, max: number, fallback: number): number {
  const text = param(call, name);
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max)
    throw cosErrors.invalidArgument(`${name} must be an integer from ${min} to ${max}.`);
  return Number(text);
}

function owner(appId: string): string {
  return `<Owner>${el('ID', appId)}${el('DisplayName', appId)}</Owner>`;
}

export function appIdOf(bucket: string): string {
  return bucket.slice(bucket.lastIndexOf('-') + 1);
}

export async function getBucket(call: CosCall): Promise<Response> {
  const encode = encodingOf(call);
  const maxKeys = intParam(call, 'max-keys', 0, 1000, 1000);
  const prefix = param(call, 'prefix') ?? '';
  const delimiter = param(call, 'delimiter') || undefined;
  const marker = param(call, 'marker') || undefined;
  const fault = call.rt.faults.onListRequest();
  const { listLatencyMs } = call.rt.faults.get();
  if (listLatencyMs > 0) await new Promise((r) => setTimeout(r, listLatencyMs));
  if (fault === '503') throw cosErrors.serviceUnavailable();
  if (fault === 'reset') throw new ConnectionReset();
  const page =
    maxKeys === 0
      ? { entries: [], truncated: false }
      : call.store.list({ prefix, after: marker, delimiter, maxKeys });
  const text = (s: string): string => (encode === undefined ? s : encode(s));
  const last = page.entries[page.entries.length - 1];
  const nextMarker =
    page.truncated && last !== undefined ? (last.kind === 'key' ? last.key : last.prefix) : undefined;
  const appId = appIdOf(call.bucket.name);
  const body = page.entries
    .map((e) =>
      e.kind === 'prefix'
        ? `<CommonPrefixes>${el('Prefix', text(e.prefix))}</CommonPrefixes>`
        : `<Contents>${els([
            ['Key', text(e.key)],
            ['LastModified', isoSeconds(e.row.lastModified)],
            ['ETag', cosEtag(e.row.etag)],
            ['Size', e.row.size],
          ])}${owner(appId)}${el('StorageClass', 'STANDARD')}</Contents>`,
    )
    .join('');
  const xml =
    `${XML_DECLARATION}<ListBucketResult>` +
    els([
      ['Name', call.bucket.name],
      ['EncodingType', encode === undefined ? undefined : 'url'],
      ['Prefix', text(prefix)],
      ['Marker', text(marker ?? '')],
      ['MaxKeys', maxKeys],
      ['Delimiter', delimiter === undefined ? undefined : text(delimiter)],
      ['IsTruncated', page.truncated],
      ['NextMarker', nextMarker === undefined ? undefined : text(nextMarker)],
    ]) +
    `${body}</ListBucketResult>`;
  return xmlResponse(call, xml);
}

/** Thrown to cut the connection (fault injection): the server's error handler destroys the socket. */
export class ConnectionReset extends Error {
  constructor() {
    super('fault injection: connection reset');
    this.name = 'ConnectionReset';
  }
}

export function headBucket(call: CosCall): Response {
  return new Response(null, {
    status: 200,
    headers: { 'x-cos-request-id': call.requestId, 'x-cos-bucket-region': call.rt.options.region },
  });
}

export function getBucketDomain(call: CosCall): Response {
  const domains = Object.entries(call.rt.options.customDomains)
    .filter(([, bucket]) => bucket === call.bucket.name)
    .map(([domain]) => domain)
    .sort();
  if (domains.length === 0) throw cosErrors.noSuchDomain();
  const rules = domains
    .map(
      (d) =>
        `<DomainRule>${els([
          ['Status', 'ENABLED'],
          ['Name', d],
          ['Type', 'REST'],
        ])}</DomainRule>`,
    )
    .join('');
  return xmlResponse(call, `${XML_DECLARATION}<DomainConfiguration>${rules}</DomainConfiguration>`);
}

export function listMultipartUploads(call: CosCall): Response {
  const encode = encodingOf(call);
  const text = (s: string): string => (encode === undefined ? s : encode(s));
  const prefix = param(call, 'prefix') ?? '';
  const maxUploads = intParam(call, 'max-uploads', 1, 1000, 1000);
  const keyMarker = param(call, 'key-marker') ?? '';
  const all = call.rt.store.multipart
    .list(call.bucket.name)
    .filter((u) => u.key.startsWith(prefix) && (keyMarker === '' || compareKeys(u.key, keyMarker) > 0));
  const shown = all.slice(0, maxUploads);
  const appId = appIdOf(call.bucket.name);
  const uploads = shown
    .map(
      (u) =>
        `<Upload>${els([
          ['Key', text(u.key)],
          ['UploadId', u.uploadId],
          ['StorageClass', 'STANDARD'],
        ])}<Initiator>${el('UIN', appId)}</Initiator>${owner(appId)}${el('Initiated', isoSeconds(u.initiated))}</Upload>`,
    )
    .join('');
  const truncated = all.length > shown.length;
  const xml =
    `${XML_DECLARATION}<ListMultipartUploadsResult>` +
    els([
      ['Bucket', call.bucket.name],
      ['EncodingType', encode === undefined ? undefined : 'url'],
      ['KeyMarker', text(keyMarker)],
      ['UploadIdMarker', ''],
      ['NextKeyMarker', truncated ? text(shown[shown.length - 1]?.key ?? '') : undefined],
      ['Prefix', text(prefix)],
      ['MaxUploads', maxUploads],
      ['IsTruncated', truncated],
    ]) +
    `${uploads}</ListMultipartUploadsResult>`;
  return xmlResponse(call, xml);
}
