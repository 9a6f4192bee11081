// ListParts (GET /<key>?uploadId=ID): the parts uploaded so far, ascending, paged by max-parts (1..1000,
// default 1000) and part-number-marker (parts after it). Needs oss:ListParts.
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { encodeRfc3986 } from '../auth/v4-canonical-request';
import { MULTIPART } from '../constants';
import { XML_DECLARATION, el, els } from '../xml';
import { authorizedBucket } from './bucket-context';
import { respond } from './respond';
import { uploadOf } from './upload-lookup';
import { parseQueryWith } from './validate-query';
import { ossIsoTime } from '../oss-time';

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `${name} must be an integer from ${min} to ${max}.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be an integer from ${min} to ${max}.`);

const listPartsQuerySchema = z.object({
  'max-parts': wholeNumber('max-parts', 1, MULTIPART.listPartsMax).default(MULTIPART.listPartsDefault),
  'part-number-marker': wholeNumber('part-number-marker', 0, MULTIPART.maxPartNumber).default(0),
  'encoding-type': z.literal('url', 'encoding-type must be url.').optional(),
});

export function listParts(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Response {
  const { config } = authorizedBucket(c, rt, 'oss:ListParts', key);
  const q = parseQueryWith(listPartsQuerySchema, c.get('query'));
  const upload = uploadOf(c, rt, config.name, key);
  const after = [...upload.parts.values()]
    .filter((p) => p.partNumber > q['part-number-marker'])
    .sort((a, b) => a.partNumber - b.partNumber);
  const page = after.slice(0, q['max-parts']);
  const truncated = after.length > page.length;
  const url = q['encoding-type'] === 'url';
  const head = els([
    ['Bucket', config.name],
    ['EncodingType', q['encoding-type']],
    ['Key', url ? encodeRfc3986(key) : key],
    ['UploadId', upload.uploadId],
    ['StorageClass', 'Standard'],
    ['PartNumberMarker', q['part-number-marker']],
    ['NextPartNumberMarker', page[page.length - 1]?.partNumber ?? q['part-number-marker']],
    ['MaxParts', q['max-parts']],
    ['IsTruncated', truncated],
  ]);
  const parts = page
    .map(
      (p) =>
        `<Part>${el('PartNumber', p.partNumber)}${el('LastModified', ossIsoTime(p.lastModified))}` +
        `${el('ETag', p.etag)}${el('Size', p.size)}</Part>`,
    )
    .join('');
  return respond(c, `${XML_DECLARATION}<ListPartsResult>${head}${parts}</ListPartsResult>\n`, 200, {
    'Content-Type': 'application/xml',
  });
}
