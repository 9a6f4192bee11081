// Multipart uploads in progress: which object each upload will become and the parts received so far.
// With a data dir, parts are files under <dataDir>/multipart/<uploadId>/ (streamed in, streamed out on
// complete) and survive a restart; without one they are buffers. Each part's sidecar names its file, so a
// part uploaded twice never pairs one upload's bytes with the other's checksum.
// Complete and Abort *take* an upload (it leaves the table at once, so every later request for it is
// NoSuchUpload) under the upload's lock, which UploadPart also holds while it publishes a part: so
// Complete assembles exactly the parts it validated, and a racing UploadPart or Abort gets an OSS error.
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { collectHashed, writeHashedFile, type Written } from './hashed-write';
import { compareKeys } from './key-order';
import { SerialQueue } from './serial-queue';
import { etagOfMd5 } from './object-record';

export interface PartRecord {
  partNumber: number;
  /** quoted upper-case MD5 hex, as UploadPart returns it */
  etag: string;
  md5: Buffer;
  /** x-oss-hash-crc64ecma of the part */
  crc64: string | undefined;
  size: number;
  lastModified: number;
}

export interface UploadRecord {
  uploadId: string;
  bucket: string;
  key: string;
  contentType: string;
  userMeta: Record<string, string>;
  initiated: number;
  parts: ReadonlyMap<number, PartRecord>;
}

export type UploadInit = Omit<UploadRecord, 'uploadId' | 'parts'>;

interface StoredPart extends PartRecord {
  /** memory store: the bytes; disk store: undefined */
  body: Buffer | undefined;
  /** disk store: the part's file name inside the upload's directory */
  file: string | undefined;
}

const uploadSchema = z.object({
  uploadId: z.string(),
  bucket: z.string(),
  key: z.string(),
  contentType: z.string(),
  userMeta: z.record(z.string(), z.string()),
  initiated: z.number(),
});

const partSchema = z.object({
  partNumber: z.number().int().min(1),
  etag: z.string(),
  md5: z.string(),
  crc64: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  size: z.number().int().min(0),
  lastModified: z.number(),
  file: z.string().regex(/^[\w.-]+$/),
});

const UPLOAD_FILE = 'upload.json';
const partSidecar = (partNumber: number): string => `${partNumber}.json`;
const randomName = (): string => randomBytes(8).toString('hex');

/** 32 upper-case hex characters, the shape of OSS upload ids. */
export function newUploadId(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

type LiveUpload = UploadRecord & { stored: Map<number, StoredPart> };

/** An upload Complete has taken: its parts as validated, and what to do once the object is stored. */
export interface TakenUpload {
  upload: UploadRecord;
  /** the parts' bytes in the given order, read as consumed */
  concatenate(partNumbers: readonly number[]): AsyncGenerator<Uint8Array>;
  /** the object is stored: delete the parts */
  finish(): Promise<void>;
  /** storing failed: the upload is in progress again, as before */
  restore(): void;
}

export class MultipartStore {
  readonly #root: string | undefined;
  readonly #uploads = new Map<string, LiveUpload>();
  /** one lock per upload id: UploadPart's publish step against Complete/Abort taking the upload */
  readonly #locks = new Map<string, SerialQueue>();

  constructor(dataDir: string | undefined) {
    this.#root = dataDir === undefined ? undefined : join(dataDir, 'multipart');
    if (this.#root !== undefined) this.#load(this.#root);
  }

  #dir(uploadId: string): string {
    if (this.#root === undefined) throw new Error('memory-only multipart store has no directory');
    return join(this.#root, uploadId);
  }

  /** Uploads left by an earlier run; unreadable ones are skipped, as for objects. */
  #load(root: string): void {
    let ids: string[];
    try {
      ids = readdirSync(root);
    } catch {
      return;
    }
    for (const id of ids) {
      const upload = uploadSchema.safeParse(readJson(join(root, id, UPLOAD_FILE)));
      if (!upload.success || upload.data.uploadId !== id) continue;
      const stored = new Map<number, StoredPart>();
      for (const name of readdirSync(join(root, id))) {
        if (!/^\d+\.json$/.test(name)) continue;
        const part = partSchema.safeParse(readJson(join(root, id, name)));
        if (!part.success) continue;
        stored.set(part.data.partNumber, {
          ...part.data,
          md5: Buffer.from(part.data.md5, 'base64'),
          crc64: part.data.crc64,
          body: undefined,
        });
      }
      this.#uploads.set(id, { ...upload.data, parts: stored, stored });
    }
  }

  async initiate(init: UploadInit): Promise<UploadRecord> {
    const uploadId = newUploadId();
    const stored = new Map<number, StoredPart>();
    const record = { ...init, uploadId, parts: stored, stored };
    if (this.#root !== undefined) {
      mkdirSync(this.#dir(uploadId), { recursive: true });
      await writeFile(join(this.#dir(uploadId), UPLOAD_FILE), JSON.stringify({ ...init, uploadId }));
    }
    this.#uploads.set(uploadId, record);
    return record;
  }

  /** The upload, if it exists and belongs to this bucket and key (OSS answers NoSuchUpload otherwise). */
  find(bucket: string, key: string, uploadId: string): UploadRecord | undefined {
    const upload = this.#uploads.get(uploadId);
    return upload !== undefined && upload.bucket === bucket && upload.key === key ? upload : undefined;
  }

  #lock(uploadId: string): SerialQueue {
    let lock = this.#locks.get(uploadId);
    if (lock === undefined) this.#locks.set(uploadId, (lock = new SerialQueue()));
    return lock;
  }

  /**
   * Receives a part. `verify` sees the size and hashes before the part replaces an earlier one of the
   * same number and may throw (BadDigest). Undefined when the upload was aborted or completed meanwhile
   * (the bytes received are dropped).
   */
  async putPart(
    upload: UploadRecord,
    partNumber: number,
    source: AsyncIterable<Uint8Array>,
    lastModified: number,
    verify: (written: Written) => void,
  ): Promise<PartRecord | undefined> {
    const live = this.#uploads.get(upload.uploadId);
    if (live === undefined) return undefined;
    if (this.#root === undefined) {
      const { body, ...written } = await collectHashed(source);
      verify(written);
      const part = this.#record(partNumber, written, lastModified, body, undefined);
      if (this.#uploads.get(upload.uploadId) !== live) return undefined;
      live.stored.set(partNumber, part);
      return part;
    }
    const dir = this.#dir(upload.uploadId);
    const file = `${partNumber}.${randomName()}.bin`;
    const written = await writeHashedFile(source, join(dir, file)).catch((err: unknown) => {
      if (this.#uploads.get(upload.uploadId) !== live) return undefined;
      throw err;
    });
    const drop = () => rm(join(dir, file), { force: true });
    if (written === undefined) return undefined;
    try {
      verify(written);
    } catch (err) {
      await drop();
      throw err;
    }
    const part = this.#record(partNumber, written, lastModified, undefined, file);
    return this.#lock(upload.uploadId).run(async () => {
      if (this.#uploads.get(upload.uploadId) !== live) {
        await drop();
        return undefined;
      }
      const sidecar = join(dir, partSidecar(partNumber));
      const tmp = `${sidecar}.${randomName()}.tmp`;
      await writeFile(tmp, JSON.stringify({ ...part, md5: part.md5.toString('base64'), body: undefined }));
      await rename(tmp, sidecar);
      const previous = live.stored.get(partNumber);
      live.stored.set(partNumber, part);
      if (previous?.file !== undefined) await rm(join(dir, previous.file), { force: true });
      return part;
    });
  }

  /**
   * CompleteMultipartUpload's claim on an upload: under its lock, `choose` picks (and validates) the
   * parts from those uploaded; then the upload leaves the table. Undefined when it is gone already.
   */
  async take<T>(
    upload: UploadRecord,
    choose: (parts: ReadonlyMap<number, PartRecord>) => T,
  ): Promise<{ chosen: T; taken: TakenUpload } | undefined> {
    return this.#lock(upload.uploadId).run(() => {
      const live = this.#uploads.get(upload.uploadId);
      if (live === undefined) return undefined;
      const chosen = choose(live.stored);
      this.#uploads.delete(upload.uploadId);
      const snapshot = new Map(live.stored);
      const taken: TakenUpload = {
        upload: live,
        concatenate: (partNumbers) => this.#concatenate(live.uploadId, snapshot, partNumbers),
        finish: () => this.#discard(live.uploadId),
        restore: () => {
          if (!this.#uploads.has(live.uploadId)) this.#uploads.set(live.uploadId, live);
        },
      };
      return { chosen, taken };
    });
  }

  #record(
    partNumber: number,
    written: Written,
    lastModified: number,
    body: Buffer | undefined,
    file: string | undefined,
  ): StoredPart {
    return {
      partNumber,
      etag: etagOfMd5(written.md5),
      md5: written.md5,
      crc64: written.crc64,
      size: written.size,
      lastModified,
      body,
      file,
    };
  }

  async *#concatenate(
    uploadId: string,
    parts: ReadonlyMap<number, StoredPart>,
    partNumbers: readonly number[],
  ): AsyncGenerator<Uint8Array> {
    for (const n of partNumbers) {
      const part = parts.get(n);
      if (part === undefined) throw new Error(`part ${n} of upload ${uploadId} is not among those taken`);
      if (part.body !== undefined) {
        yield part.body;
        continue;
      }
      if (part.file === undefined) throw new Error(`part ${n} has neither bytes nor a file`);
      for await (const chunk of createReadStream(join(this.#dir(uploadId), part.file), {
        highWaterMark: 256 * 1024,
      }))
        yield chunk as Buffer;
    }
  }

  async #discard(uploadId: string): Promise<void> {
    this.#locks.delete(uploadId);
    if (this.#root !== undefined) await rm(this.#dir(uploadId), { recursive: true, force: true });
  }

  /** AbortMultipartUpload: false when the upload is gone (completed, aborted, or being completed). */
  async abort(uploadId: string): Promise<boolean> {
    const gone = await this.#lock(uploadId).run(() => !this.#uploads.delete(uploadId));
    if (gone) return false;
    await this.#discard(uploadId);
    return true;
  }

  /** Uploads of a bucket in OSS's ListMultipartUploads order: by key, then by initiation. */
  list(bucket: string): UploadRecord[] {
    return [...this.#uploads.values()]
      .filter((u) => u.bucket === bucket)
      .sort(
        (a, b) =>
          compareKeys(a.key, b.key) || a.initiated - b.initiated || (a.uploadId < b.uploadId ? -1 : 1),
      );
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
