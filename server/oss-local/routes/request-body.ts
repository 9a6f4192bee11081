// The request body as a stream of chunks, never buffered whole, cut off with EntityTooLarge past a limit
// (the declared Content-Length is checked first, so an honest client is refused before it sends).
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { ossErrors } from '../errors';

export function requestBody(c: Context<AppEnv>, maxBytes: number): AsyncIterable<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw ossErrors.entityTooLarge();
  const body = c.req.raw.body;
  return (async function* capped(): AsyncGenerator<Uint8Array> {
    if (body === null) return;
    let seen = 0;
    for await (const chunk of Readable.fromWeb(body as NodeWebStream<Uint8Array>)) {
      const bytes = chunk as Uint8Array;
      seen += bytes.byteLength;
      if (seen > maxBytes) throw ossErrors.entityTooLarge();
      yield bytes;
    }
  })();
}

/** A small body (an XML document) in one buffer, refused past `maxBytes`. */
export async function readSmallBody(c: Context<AppEnv>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of requestBody(c, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
