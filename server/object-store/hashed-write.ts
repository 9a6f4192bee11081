// Bytes from a stream to a file (or a buffer) with their MD5, CRC-64 and size computed on the way, so an
// upload is never held in memory whole when there is a disk to put it on.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Crc64 } from './crc64';

export interface Written {
  size: number;
  md5: Buffer;
  /** x-oss-hash-crc64ecma of the bytes: unsigned decimal */
  crc64: string;
}

interface HashState {
  size: number;
  md5: ReturnType<typeof createHash>;
  crc: Crc64;
}

const newState = (): HashState => ({ size: 0, md5: createHash('md5'), crc: new Crc64() });
const result = (s: HashState): Written => ({ size: s.size, md5: s.md5.digest(), crc64: s.crc.digest() });

function hashing(source: AsyncIterable<Uint8Array>, state: HashState) {
  return async function* tap(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      state.size += chunk.byteLength;
      state.md5.update(chunk);
      state.crc.update(chunk);
      yield chunk;
    }
  };
}

/** Writes `source` to `path` (created or truncated). On failure the partial file is removed. */
export async function writeHashedFile(source: AsyncIterable<Uint8Array>, path: string): Promise<Written> {
  const state = newState();
  try {
    await pipeline(hashing(source, state), createWriteStream(path));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return result(state);
}

/** The same for memory-only stores. */
export async function collectHashed(source: AsyncIterable<Uint8Array>): Promise<Written & { body: Buffer }> {
  const state = newState();
  const chunks: Uint8Array[] = [];
  for await (const chunk of hashing(source, state)()) chunks.push(chunk);
  return { ...result(state), body: Buffer.concat(chunks) };
}
