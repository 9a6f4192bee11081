// Which key each picked or dropped file goes to, and how: folder structure kept as key prefixes, keys OSS
// cannot hold reported per file (never thrown for the whole batch), big files in parts.
import { CoreInputError } from '../errors/core-input-error';
import { validateObjectKey } from '../presign/validate-object-key';

export interface UploadSource {
  /** the path under what was picked or dropped: "a.txt", or "photos/2024/a.jpg" for a folder */
  relativePath: string;
  size: number;
}

export type PlannedUpload =
  | { index: number; key: string; size: number; multipart: boolean; problem?: undefined }
  | { index: number; key: string; size: number; multipart: false; problem: CoreInputError };

/** OSS's smallest part (all but the last) and the most parts one upload may have. */
export const MIN_PART_BYTES = 100 * 1024;
export const MAX_PARTS = 10_000;
/** Files from this size up go in parts: progress per part, and a cut network loses one part, not the file. */
export const MULTIPART_THRESHOLD_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PART_BYTES = 1024 * 1024;

/** "photos\\a.jpg", "./a.jpg", "/a.jpg" → "photos/a.jpg", "a.jpg", "a.jpg" */
export function normalizeRelativePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part, i, parts) => part !== '.' && !(part === '' && i < parts.length - 1))
    .join('/');
}

/** Part size for a file: DEFAULT_PART_BYTES unless the file needs bigger parts to fit in MAX_PARTS. */
export function partSizeFor(size: number): number {
  const needed = Math.ceil(size / MAX_PARTS);
  return Math.max(DEFAULT_PART_BYTES, Math.ceil(needed / MIN_PART_BYTES) * MIN_PART_BYTES);
}

export function planUploads(prefix: string, sources: readonly UploadSource[]): PlannedUpload[] {
  const seen = new Set<string>();
  return sources.map((source, index) => {
    const key = prefix + normalizeRelativePath(source.relativePath);
    try {
      validateObjectKey(key);
      if (key.endsWith('/')) {
        throw new CoreInputError({ code: 'UPLOAD_NO_FILE_NAME', path: source.relativePath });
      }
      if (seen.has(key)) {
        throw new CoreInputError({ code: 'UPLOAD_SAME_KEY', key });
      }
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      return { index, key, size: source.size, multipart: false, problem: e };
    }
    seen.add(key);
    return { index, key, size: source.size, multipart: source.size >= MULTIPART_THRESHOLD_BYTES };
  });
}

/**
 * "Keep both": the keys to try, in order, for a file whose key is taken — "a (1).txt", "a (2).txt"…, the
 * number before the extension of the last name, as desktop file managers do.
 */
export function* keepBothCandidates(key: string, limit = 1000): Generator<string> {
  const slash = key.lastIndexOf('/');
  const name = key.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? key.slice(0, slash + 1 + dot) : key;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; n <= limit; n++) yield `${stem} (${n})${extension}`;
}
