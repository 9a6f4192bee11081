// Uploaded objects on disk: <dataDir>/objects/<bucket>/<sha256(key)>.json sidecars (the real key and
// metadata) naming the file of the current version, `<sha256(key)>.<random>.bin`. Hashing the key keeps
// any OSS key (1023 bytes, any character) a valid file name. A new version is a new file: a GET that
// opened the old one keeps reading it, and a version is never half-overwritten.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeHashedFile, type Written } from './hashed-write';
import type { ObjectMeta, OpenedObject } from './object-record';

const metaSchema = z.object({
  key: z.string(),
  size: z.number().int().min(0),
  etag: z.string(),
  contentMd5: z.string(),
  crc64: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  lastModified: z.number(),
  contentType: z.string(),
  objectType: z.enum(['Normal', 'Multipart']).optional(),
  userMeta: z.record(z.string(), z.string()).optional(),
  file: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
});

/** Unique per write, so concurrent writes of one key never write into each other's file. */
const tempSuffix = (): string => `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;

/** Reads from disk in pieces this big: large enough for throughput, small enough that 4 GETs stay small. */
const READ_CHUNK = 256 * 1024;

export class DiskLayer {
  readonly #root: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, 'objects');
  }

  #paths(bucket: string, key: string): { dir: string; id: string; json: string } {
    const dir = join(this.#root, bucket);
    const id = createHash('sha256').update(key, 'utf8').digest('hex');
    return { dir, id, json: join(dir, `${id}.json`) };
  }

  #binOf(bucket: string, meta: ObjectMeta): string {
    const { dir, id } = this.#paths(bucket, meta.key);
    return join(dir, meta.file ?? `${id}.bin`);
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

  /**
   * Streams `source` into a new version file of `key`; `finish` turns what was written into the metadata
   * and may throw (BadDigest, IncompleteBody): then nothing is stored. Nothing is visible until
   * `publish()` writes the sidecar (so a crash leaves at most an orphan file, never a sidecar without
   * bytes); the caller then removes the version it replaced with `removeVersion`.
   */
  async writeStream(
    bucket: string,
    key: string,
    source: AsyncIterable<Uint8Array>,
    finish: (written: Written) => ObjectMeta,
  ): Promise<{ meta: ObjectMeta; publish: () => Promise<void> }> {
    const { dir, id } = this.#paths(bucket, key);
    mkdirSync(dir, { recursive: true });
    const file = `${id}.${randomBytes(8).toString('hex')}.bin`;
    const path = join(dir, file);
    const written = await writeHashedFile(source, path);
    let meta: ObjectMeta;
    try {
      meta = { ...finish(written), file };
    } catch (err) {
      await rm(path, { force: true });
      throw err;
    }
    return {
      meta,
      publish: async () => {
        try {
          await this.#writeSidecar(bucket, meta);
        } catch (err) {
          await rm(path, { force: true });
          throw err;
        }
      },
    };
  }

  /** Removes the bytes of a version that a newer one replaced (its sidecar is already overwritten). */
  async removeVersion(bucket: string, previous: ObjectMeta, current: ObjectMeta): Promise<void> {
    if (this.#binOf(bucket, previous) !== this.#binOf(bucket, current))
      await rm(this.#binOf(bucket, previous), { force: true });
  }

  async #writeSidecar(bucket: string, meta: ObjectMeta): Promise<void> {
    const { json } = this.#paths(bucket, meta.key);
    const tmp = json + tempSuffix();
    await writeFile(tmp, JSON.stringify(meta));
    await rename(tmp, json);
  }

  /** Opens the version `meta` names; rejects with ENOENT when it was replaced or removed meanwhile. */
  async open(bucket: string, meta: ObjectMeta): Promise<OpenedObject> {
    const handle = await open(this.#binOf(bucket, meta), 'r');
    let taken = false;
    return {
      meta,
      stream: (range) => {
        taken = true;
        return handle.createReadStream({
          start: range?.start ?? 0,
          ...(range === undefined ? {} : { end: range.end }),
          highWaterMark: READ_CHUNK,
          autoClose: true,
        });
      },
      close: async () => {
        if (!taken) await handle.close();
      },
    };
  }

  /** Sidecar first: without it the object no longer exists, even if removing the bytes fails. */
  async remove(bucket: string, meta: ObjectMeta): Promise<void> {
    const { json } = this.#paths(bucket, meta.key);
    await rm(json, { force: true });
    await rm(this.#binOf(bucket, meta), { force: true });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
