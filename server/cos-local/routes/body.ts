// Request bodies as streams, cut off with EntityTooLarge past a limit (the declared Content-Length is
// checked first), and Content-MD5 checks (InvalidDigest, BadDigest) as the PUT Object doc describes.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { cosErrors } from '../errors';
import type { CosCall } from '../runtime';

export function requestBody(call: CosCall, maxBytes: number): AsyncIterable<Uint8Array> {
  const declared = Number(call.c.req.header('content-length') ?? '0');
  if (!Number.isFinite(declared) || declared < 0)
    throw cosErrors.invalidArgument('Content-Length is not a number.');
  if (declared > maxBytes) throw cosErrors.entityTooLarge();
  const body = call.c.req.raw.body;
  return (async function* capped(): AsyncGenerator<Uint8Array> {
    if (body === null) return;
    let seen = 0;
    for await (const chunk of Readable.fromWeb(body as NodeWebStream<Uint8Array>)) {
      const bytes = chunk as Uint8Array;
      seen += bytes.byteLength;
      if (seen > maxBytes) throw cosErrors.entityTooLarge();
      yield bytes;
    }
  })();
}

export async function readSmallBody(call: CosCall, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of requestBody(call, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The declared Content-MD5 (base64 of 16 bytes), or undefined; InvalidDigest when malformed. */
export function declaredMd5(call: CosCall): string | undefined {
  const value = call.c.req.header('content-md5');
  if (value === undefined) return undefined;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== value.trim()) throw cosErrors.invalidDigest();
  return value.trim();
}

export function checkMd5(declared: string | undefined, md5: Buffer): void {
  if (declared !== undefined && declared !== md5.toString('base64')) throw cosErrors.badDigest();
}

/** x-cos-meta-* headers, names lower-cased without the prefix. */
export function userMetaOf(call: CosCall): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [name, value] of call.c.req.raw.headers) {
    if (name.startsWith('x-cos-meta-')) meta[name.slice('x-cos-meta-'.length)] = value;
  }
  return meta;
}
