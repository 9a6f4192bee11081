// Uploaded objects on disk: <dataDir>/objects/<bucket>/<sha256(key)>.{bin,json}. Hashing the key keeps
// any OSS key (1023 bytes, any character) a valid file name; the .json sidecar holds the real key.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeHashedFile, type Written } from './hashed-write';
import type { ObjectMeta } from './object-record';

const metaSchema = z.object({
  key: z.string(),
  size: z.number().int().min(0),
  etag: z.string(),
  contentMd5: z.string(),
  lastModified: z.number(),
  contentType: z.string(),
  objectType: z.enum(['Normal', 'Multipart']).optional(),
  userMeta: z.record(z.string(), z.string()).optional(),
});

/** Unique per write, so concurrent writes of one key never write into each other's file. */
const tempSuffix = (): string => `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;

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
    const { dir, bin } = this.#paths(bucket, meta.key);
    mkdirSync(dir, { recursive: true });
    // body first, sidecar last: a crash leaves at most an orphan .bin, never a sidecar without bytes
    const tmp = bin + tempSuffix();
    await writeFile(tmp, body);
    await rename(tmp, bin);
    await this.#writeSidecar(bucket, meta);
  }

  /** Streams `source` into the object's file; `finish` turns what was written into the metadata. */
  async writeStream(
    bucket: string,
    key: string,
    source: AsyncIterable<Uint8Array>,
    finish: (written: Written) => ObjectMeta,
  ): Promise<ObjectMeta> {
    const { dir, bin } = this.#paths(bucket, key);
    mkdirSync(dir, { recursive: true });
    const tmp = bin + tempSuffix();
    const meta = finish(await writeHashedFile(source, tmp));
    await rename(tmp, bin);
    await this.#writeSidecar(bucket, meta);
    return meta;
  }

  async #writeSidecar(bucket: string, meta: ObjectMeta): Promise<void> {
    const { json } = this.#paths(bucket, meta.key);
    const tmp = json + tempSuffix();
    await writeFile(tmp, JSON.stringify(meta));
    await rename(tmp, json);
  }

  read(bucket: string, key: string): Promise<Buffer> {
    return readFile(this.#paths(bucket, key).bin);
  }

  /** Sidecar first: without it the object no longer exists, even if removing the bytes fails. */
  async remove(bucket: string, key: string): Promise<void> {
    const { bin, json } = this.#paths(bucket, key);
    await rm(json, { force: true });
    await rm(bin, { force: true });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
