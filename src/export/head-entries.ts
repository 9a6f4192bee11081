// Objects known by key alone (selected keys without their listing entry, a list to re-sign) get their
// size, date, ETag and stored Content-Type from HEAD: bounded concurrency, order kept; keys OSS no longer
// has are reported, not exported (a link to nothing helps no one).
import { OssError } from '../core/errors';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import type { ObjectHead } from '../oss/object-head';

export interface Header {
  head(key: string, options?: { signal?: AbortSignal }): Promise<ObjectHead>;
}

export interface HeadOptions {
  signal?: AbortSignal | undefined;
  /** HEAD requests at once */
  concurrency?: number;
  /** a key OSS no longer has (NoSuchKey / 404) */
  onMissing?(key: string): void;
}

function isMissing(err: unknown): boolean {
  return err instanceof OssError && (err.code === 'NoSuchKey' || err.status === 404);
}

/** True when the entry lacks what a listing gives (only a key). */
export function needsHead(entry: UrlListEntry): boolean {
  return entry.size === undefined && entry.etag === undefined && entry.lastModified === undefined;
}

/** `entries` in order, those with only a key completed by HEAD; missing objects left out. */
export async function headEntries(
  entries: readonly UrlListEntry[],
  oss: Header,
  options: HeadOptions = {},
): Promise<UrlListEntry[]> {
  const found: Array<UrlListEntry | undefined> = entries.slice();
  const todo: number[] = [];
  entries.forEach((e, i) => {
    if (needsHead(e)) todo.push(i);
  });
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < todo.length) {
      const i = todo[next++]!;
      const key = entries[i]!.key;
      options.signal?.throwIfAborted();
      try {
        const h = await oss.head(key, options.signal ? { signal: options.signal } : {});
        found[i] = {
          key,
          size: h.size,
          lastModified: h.lastModified,
          etag: h.etag,
          contentType: h.contentType,
        };
      } catch (err) {
        if (!isMissing(err)) throw err;
        found[i] = undefined;
        options.onMissing?.(key);
      }
    }
  };
  const lanes = Math.min(options.concurrency ?? 8, todo.length);
  await Promise.all(Array.from({ length: lanes }, lane));
  return found.filter((e): e is UrlListEntry => e !== undefined);
}
