// Multipart upload: Initiate (POST ?uploads), Upload Part (PUT ?partNumber&uploadId, 1-10000), Complete
// (POST ?uploadId with the part list XML: ascending order, uploaded parts with their ETags, every part but
// the last >= 1 MB), Abort (DELETE ?uploadId → 204), List Parts (GET ?uploadId). The bookkeeping is the
// shared MultipartStore (server/object-store). Docs: https://www.tencentcloud.com/document/product/436/7746
// (Initiate), .../7750 (Upload Part), .../7742 (Complete), .../7740 (Abort), .../7747 (List Parts).
import { XMLParser } from 'fast-xml-parser';
import { multipartEtag, type ObjectMeta } from '../../object-store/object-record';
import { contentTypeFor } from '../../object-store/mime';
import type { PartRecord, UploadRecord } from '../../object-store/multipart-store';
import { cosErrors } from '../errors';
import { type CosCall, cosEtag, param, xmlResponse } from '../runtime';
import { XML_DECLARATION, el, els, encodeRfc3986, isoSeconds } from '../xml';
import { appIdOf, ConnectionReset } from './bucket';
import { checkMd5, declaredMd5, readSmallBody, requestBody, userMetaOf } from './body';

/** COS: parts are 1 MB to 5 GB, the last one may be smaller; at most 10000 parts. */
export const MIN_PART_BYTES = 1024 * 1024;
const MAX_PARTS = 10_000;
const MAX_COMPLETE_BODY = 2 * 1024 * 1024;

function uploadOf(call: CosCall): UploadRecord {
  const id = param(call, 'uploadid') ?? '';
  const upload = call.rt.store.multipart.find(call.bucket.name, call.key, id);
  if (upload === undefined) throw cosErrors.noSuchUpload();
  return upload;
}

function keyText(call: CosCall): string {
  return param(call, 'encoding-type') === 'url' ? encodeRfc3986(call.key) : call.key;
}

export async function initiateMultipartUpload(call: CosCall): Promise<Response> {
  const upload = await call.rt.store.multipart.initiate({
    bucket: call.bucket.name,
    key: call.key,
    contentType: call.c.req.header('content-type') || contentTypeFor(call.key),
    userMeta: userMetaOf(call),
    initiated: call.rt.options.now(),
  });
  return xmlResponse(
    call,
    `${XML_DECLARATION}<InitiateMultipartUploadResult>${els([
      ['Bucket', call.bucket.name],
      ['Key', call.key],
      ['UploadId', upload.uploadId],
    ])}</InitiateMultipartUploadResult>`,
  );
}

export async function uploadPart(call: CosCall): Promise<Response> {
  const numberText = param(call, 'partnumber');
  if (numberText === undefined || param(call, 'uploadid') === undefined)
    throw cosErrors.invalidArgument('Upload Part needs both partNumber and uploadId.');
  if (!/^\d{1,5}$/.test(numberText) || Number(numberText) < 1 || Number(numberText) > MAX_PARTS)
    throw cosErrors.invalidArgument(`partNumber must be an integer from 1 to ${MAX_PARTS}.`);
  const upload = uploadOf(call);
  const fault = call.rt.faults.onUploadPartRequest();
  const { uploadPartLatencyMs } = call.rt.faults.get();
  if (uploadPartLatencyMs > 0) await new Promise((r) => setTimeout(r, uploadPartLatencyMs));
  if (fault === '503') throw cosErrors.serviceUnavailable();
  if (fault === 'reset') throw new ConnectionReset();
  const declared = declaredMd5(call);
  const part = await call.rt.store.multipart.putPart(
    upload,
    Number(numberText),
    requestBody(call, call.rt.options.limits.maxPartBytes),
    Math.floor(call.rt.options.now() / 1000) * 1000,
    ({ md5 }) => checkMd5(declared, md5),
  );
  if (part === undefined) throw cosErrors.noSuchUpload();
  return new Response(null, {
    status: 200,
    headers: {
      ETag: cosEtag(part.etag),
      'x-cos-request-id': call.requestId,
      'x-cos-hash-crc64ecma': part.crc64 ?? '',
    },
  });
}

interface RequestedPart {
  partNumber: number;
  etag: string;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'Part',
});

function parseCompleteBody(xml: string): RequestedPart[] {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch {
    throw cosErrors.malformedXml();
  }
  const root = (doc as { CompleteMultipartUpload?: { Part?: unknown } } | undefined)?.CompleteMultipartUpload;
  if (root === undefined || !Array.isArray(root.Part) || root.Part.length === 0)
    throw cosErrors.malformedXml();
  return root.Part.map((p: unknown): RequestedPart => {
    const { PartNumber, ETag } = (p ?? {}) as { PartNumber?: unknown; ETag?: unknown };
    if (typeof PartNumber !== 'string' || !/^\d{1,5}$/.test(PartNumber.trim()) || typeof ETag !== 'string')
      throw cosErrors.malformedXml();
    return { partNumber: Number(PartNumber.trim()), etag: ETag.trim() };
  });
}

const bareEtag = (etag: string): string => etag.replace(/"/g, '').toLowerCase();

function selectParts(
  requested: readonly RequestedPart[],
  uploaded: ReadonlyMap<number, PartRecord>,
): PartRecord[] {
  const chosen: PartRecord[] = [];
  for (const [i, want] of requested.entries()) {
    const previous = requested[i - 1];
    if (previous !== undefined && want.partNumber <= previous.partNumber) throw cosErrors.invalidPartOrder();
    const part = uploaded.get(want.partNumber);
    if (part === undefined || bareEtag(part.etag) !== bareEtag(want.etag)) throw cosErrors.invalidPart();
    chosen.push(part);
  }
  for (const part of chosen.slice(0, -1)) if (part.size < MIN_PART_BYTES) throw cosErrors.entityTooSmall();
  return chosen;
}

export async function completeMultipartUpload(call: CosCall): Promise<Response> {
  const upload = uploadOf(call);
  const body = await readSmallBody(call, MAX_COMPLETE_BODY);
  const requested = parseCompleteBody(body.toString('utf8'));
  const claim = await call.rt.store.multipart.take(upload, (uploaded) => selectParts(requested, uploaded));
  if (claim === undefined) throw cosErrors.noSuchUpload();
  const { chosen: parts, taken } = claim;
  let meta: ObjectMeta;
  try {
    meta = await call.store.putStream(
      call.key,
      taken.concatenate(parts.map((p) => p.partNumber)),
      ({ size, md5, crc64 }): ObjectMeta => ({
        key: call.key,
        size,
        etag: multipartEtag(parts.map((p) => p.md5)),
        contentMd5: md5.toString('base64'),
        crc64,
        lastModified: Math.floor(call.rt.options.now() / 1000) * 1000,
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
  return xmlResponse(
    call,
    `${XML_DECLARATION}<CompleteMultipartUploadResult>${els([
      ['Location', `${call.target.hostname}/${call.key}`],
      ['Bucket', call.bucket.name],
      ['Key', call.key],
      ['ETag', cosEtag(meta.etag)],
    ])}</CompleteMultipartUploadResult>`,
    200,
    { 'x-cos-hash-crc64ecma': meta.crc64 ?? '' },
  );
}

export async function abortMultipartUpload(call: CosCall): Promise<Response> {
  const upload = uploadOf(call);
  if (!(await call.rt.store.multipart.abort(upload.uploadId))) throw cosErrors.noSuchUpload();
  return new Response(null, { status: 204, headers: { 'x-cos-request-id': call.requestId } });
}

export function listParts(call: CosCall): Response {
  const upload = uploadOf(call);
  const maxText = param(call, 'max-parts') ?? '';
  const markerText = param(call, 'part-number-marker') ?? '';
  if (maxText !== '' && (!/^\d{1,4}$/.test(maxText) || Number(maxText) < 1 || Number(maxText) > 1000))
    throw cosErrors.invalidArgument('max-parts must be an integer from 1 to 1000.');
  if (markerText !== '' && !/^\d{1,5}$/.test(markerText))
    throw cosErrors.invalidArgument('part-number-marker must be an integer.');
  const max = maxText === '' ? 1000 : Number(maxText);
  const marker = markerText === '' ? 0 : Number(markerText);
  const all = [...upload.parts.values()]
    .filter((p) => p.partNumber > marker)
    .sort((a, b) => a.partNumber - b.partNumber);
  const shown = all.slice(0, max);
  const truncated = all.length > shown.length;
  const appId = appIdOf(call.bucket.name);
  const parts = shown
    .map(
      (p) =>
        `<Part>${els([
          ['PartNumber', p.partNumber],
          ['LastModified', isoSeconds(p.lastModified)],
          ['ETag', cosEtag(p.etag)],
          ['Size', p.size],
        ])}</Part>`,
    )
    .join('');
  const xml =
    `${XML_DECLARATION}<ListPartsResult>` +
    els([
      ['Bucket', call.bucket.name],
      ['EncodingType', param(call, 'encoding-type') === 'url' ? 'url' : undefined],
      ['Key', keyText(call)],
      ['UploadId', upload.uploadId],
    ]) +
    `<Initiator>${el('ID', appId)}${el('DisplayName', appId)}</Initiator><Owner>${el('ID', appId)}${el('DisplayName', appId)}</Owner>` +
    els([
      ['StorageClass', 'STANDARD'],
      ['PartNumberMarker', marker],
      ['NextPartNumberMarker', truncated ? (shown[shown.length - 1]?.partNumber ?? marker) : undefined],
      ['MaxParts', max],
      ['IsTruncated', truncated],
    ]) +
    `${parts}</ListPartsResult>`;
  return xmlResponse(call, xml);
}
