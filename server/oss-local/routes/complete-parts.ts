// The part list of a CompleteMultipartUpload request, read and checked as OSS checks it: well-formed XML
// (MalformedXML), part numbers in ascending order (InvalidPartOrder), each part uploaded with that ETag
// (InvalidPart), and every part but the last at least 100 KB (EntityTooSmall). Pure: body and parts in,
// the ordered parts out.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { MULTIPART } from '../constants';
import { ossErrors } from '../errors';
import type { PartRecord } from '../../object-store/multipart-store';

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  isArray: (_name, jpath) => jpath === 'CompleteMultipartUpload.Part',
});

const documentSchema = z.object({
  CompleteMultipartUpload: z.object({
    Part: z
      .array(
        z.object({
          PartNumber: z
            .string()
            .trim()
            .regex(/^\d{1,9}$/, 'PartNumber must be a whole number'),
          ETag: z.string().trim(),
        }),
      )
      .min(1, 'at least one Part is required'),
  }),
});

export interface RequestedPart {
  partNumber: number;
  etag: string;
}

/** CompleteMultipartUpload > Part > PartNumber is three levels; anything much deeper is not a part list. */
const MAX_DEPTH = 8;

/**
 * Refuses what a part list never needs before any parser sees it: a DOCTYPE or entity declaration (the
 * door to external entities and entity expansion) and deep nesting (a recursive parser's stack).
 */
function checkShape(xml: string): void {
  if (/<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.test(xml))
    throw ossErrors.malformedXml('DTDs are not allowed');
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth -= 1;
    else if (m[2] !== '/') depth += 1;
    if (depth > MAX_DEPTH) throw ossErrors.malformedXml(`nested deeper than ${MAX_DEPTH} elements`);
  }
}

export function parseCompleteBody(xml: string): RequestedPart[] {
  checkShape(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw ossErrors.malformedXml(valid.err.msg);
  const parsed = documentSchema.safeParse(parser.parse(xml));
  if (!parsed.success) throw ossErrors.malformedXml(parsed.error.issues[0]?.message ?? 'unexpected shape');
  return parsed.data.CompleteMultipartUpload.Part.map((p) => ({
    partNumber: Number(p.PartNumber),
    etag: p.ETag,
  }));
}

/** ETags compare without their quotes and case: clients echo what UploadPart returned, more or less. */
const sameEtag = (a: string, b: string): boolean =>
  a.replace(/"/g, '').toUpperCase() === b.replace(/"/g, '').toUpperCase();

export function selectParts(
  requested: readonly RequestedPart[],
  uploaded: ReadonlyMap<number, PartRecord>,
): PartRecord[] {
  for (let i = 1; i < requested.length; i++) {
    if ((requested[i]?.partNumber ?? 0) <= (requested[i - 1]?.partNumber ?? 0))
      throw ossErrors.invalidPartOrder();
  }
  const parts = requested.map(({ partNumber, etag }) => {
    const part = uploaded.get(partNumber);
    if (part === undefined || !sameEtag(part.etag, etag)) throw ossErrors.invalidPart(partNumber, etag);
    return part;
  });
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && part.size < MULTIPART.minPartSize)
      throw ossErrors.entityTooSmall(part.partNumber, part.size, MULTIPART.minPartSize);
  });
  return parts;
}

/** `x-oss-complete-all: yes`: every uploaded part, in part-number order. */
export function allParts(uploaded: ReadonlyMap<number, PartRecord>): RequestedPart[] {
  return [...uploaded.values()]
    .sort((a, b) => a.partNumber - b.partNumber)
    .map((p) => ({ partNumber: p.partNumber, etag: p.etag }));
}
