// Bytes from a stream to a file (or a buffer) with their MD5 and size computed on the way, so an
// upload is never held in memory whole when there is a disk to put it on.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

export interface Written {
  size: number;
  md5: Buffer;
}

function hashing(
  source: AsyncIterable<Uint8Array>,
  written: { size: number; hash: ReturnType<typeof createHash> },
) {
  return async function* tap(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      written.size += chunk.byteLength;
      written.hash.update(chunk);
      yield chunk;
    }
  };
}

/** Writes `source` to `path` (created or truncated). On failure the partial file is removed. */
export async function writeHashedFile(source: AsyncIterable<Uint8Array>, path: string): Promise<Written> {
  const state = { size: 0, hash: createHash('md5') };
  try {
    await pipeline(hashing(source, state), createWriteStream(path));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return { size: state.size, md5: state.hash.digest() };
}

/** The same for memory-only stores. */
export async function collectHashed(source: AsyncIterable<Uint8Array>): Promise<Written & { body: Buffer }> {
  const state = { size: 0, hash: createHash('md5') };
  const chunks: Uint8Array[] = [];
  for await (const chunk of hashing(source, state)()) chunks.push(chunk);
  return { size: state.size, md5: state.hash.digest(), body: Buffer.concat(chunks) };
}
