// Uploaded objects on disk: <dataDir>/objects/<bucket>/<sha256(key)>.{bin,json}. Hashing the key keeps
// any OSS key (1023 bytes, any character) a valid file name; the .json sidecar holds the real key.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ObjectMeta } from './object-record';

const metaSchema = z.object({
  key: z.string(),
  size: z.number().int().min(0),
  etag: z.string(),
  contentMd5: z.string(),
  lastModified: z.number(),
  contentType: z.string(),
});

export class DiskLayer {
  readonly #root: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, 'objects');
  }

  #paths(bucket: string, key: string): { dir: string; bin: string; json: string } {
    const dir = join(this.#root, bucket);
    const id = createHash('sha256').update(key, 'utf8').digest('hex');
    return { dir, bin: join(dir, `${id}.bin`), json: join(dir, `${id}.json`) };
  }

  /** Every stored object of a bucket; unreadable sidecars are skipped rather than failing startup. */
  loadBucket(bucket: string): ObjectMeta[] {
    const dir = join(this.#root, bucket);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    const metas: ObjectMeta[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const parsed = metaSchema.safeParse(safeJson(readFileSync(join(dir, name), 'utf8')));
      if (parsed.success) metas.push(parsed.data);
    }
    return metas;
  }

  async write(bucket: string, meta: ObjectMeta, body: Buffer): Promise<void> {
    const { dir, bin, json } = this.#paths(bucket, meta.key);
    mkdirSync(dir, { recursive: true });
    // body first, sidecar last: a crash leaves at most an orphan .bin, never a sidecar without bytes;
    // unique temp names keep concurrent PUTs of one key from writing into each other's file
    const tmp = `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(bin + tmp, body);
    await rename(bin + tmp, bin);
    await writeFile(json + tmp, JSON.stringify(meta));
    await rename(json + tmp, json);
  }

  read(bucket: string, key: string): Promise<Buffer> {
    return readFile(this.#paths(bucket, key).bin);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
