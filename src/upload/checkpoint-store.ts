// Unfinished multipart uploads, kept across reloads (localStorage) so an interrupted upload resumes from
// its last part instead of starting over. No secret here: an upload id is useless without credentials.
// Entries are validated on load (a bad one is dropped, the others kept) and expire after a week.
import * as z from 'zod/mini';
import type { MultipartCheckpoint } from './upload-client';

export const CHECKPOINTS_STORAGE_KEY = 'oss-link-console.upload-checkpoints.v1';
const MAX_AGE_MS = 7 * 24 * 3600_000;
const MAX_ENTRIES = 100;

const entrySchema = z.object({
  /** the API origin + bucket the upload belongs to */
  scope: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  contentType: z.string(),
  /** what identifies the same file when the operator picks it again */
  file: z.object({ name: z.string(), size: z.int().check(z.minimum(0)), lastModified: z.number() }),
  checkpoint: z.object({
    uploadId: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    fileSize: z.int().check(z.minimum(0)),
    partSize: z.int().check(z.positive()),
    doneParts: z.array(
      z.object({ number: z.int().check(z.minimum(1), z.maximum(10_000)), etag: z.string() }),
    ),
  }),
  savedAt: z.number(),
});

export type StoredUpload = z.infer<typeof entrySchema>;

export interface FileIdentity {
  name: string;
  size: number;
  lastModified: number;
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

export interface CheckpointStore {
  list(scope: string): StoredUpload[];
  find(scope: string, key: string): StoredUpload | undefined;
  save(entry: Omit<StoredUpload, 'savedAt'> & { checkpoint: MultipartCheckpoint }): void;
  remove(scope: string, key: string): void;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function createCheckpointStore(
  storage: KeyValueStorage | undefined,
  now: () => number = Date.now,
): CheckpointStore {
  let memory: StoredUpload[] = [];
  const read = (): StoredUpload[] => {
    if (!storage) return memory;
    let raw: unknown;
    try {
      raw = JSON.parse(storage.getItem(CHECKPOINTS_STORAGE_KEY) ?? '[]');
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    const cutoff = now() - MAX_AGE_MS;
    return raw.flatMap((item) => {
      const parsed = entrySchema.safeParse(item);
      return parsed.success && parsed.data.savedAt >= cutoff ? [parsed.data] : [];
    });
  };
  const write = (entries: StoredUpload[]) => {
    const kept = entries.slice(-MAX_ENTRIES);
    if (!storage) {
      memory = kept;
      return;
    }
    try {
      storage.setItem(CHECKPOINTS_STORAGE_KEY, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: resuming after a reload is lost, the upload itself goes on.
    }
  };
  const same = (scope: string, key: string) => (e: StoredUpload) => e.scope === scope && e.key === key;
  return {
    list: (scope) => read().filter((e) => e.scope === scope),
    find: (scope, key) => read().find(same(scope, key)),
    save(entry) {
      const others = read().filter((e) => !same(entry.scope, entry.key)(e));
      write([...others, { ...entry, savedAt: now() }]);
    },
    remove(scope, key) {
      write(read().filter((e) => !same(scope, key)(e)));
    },
  };
}
