// Pages for "Re-sign a list": each key is checked with HEAD (bounded concurrency, order kept), so rows
// carry the current size, date, ETag and type; keys that no longer exist are reported, not exported.
import { OssError } from '../core/errors';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import type { ObjectHead } from '../oss/object-head';

export interface Header {
  head(key: string, options?: { signal?: AbortSignal }): Promise<ObjectHead>;
}

export interface ResignOptions {
  signal?: AbortSignal | undefined;
  concurrency?: number;
  pageSize?: number;
  /** a key OSS no longer has (NoSuchKey / 404) */
  onMissing?(key: string): void;
}

function isMissing(err: unknown): boolean {
  return err instanceof OssError && (err.code === 'NoSuchKey' || err.status === 404);
}

export async function* resignPages(
  keys: readonly string[],
  oss: Header,
  options: ResignOptions = {},
): AsyncGenerator<UrlListEntry[]> {
  const size = options.pageSize ?? 200;
  const concurrency = options.concurrency ?? 8;
  for (let start = 0; start < keys.length; start += size) {
    const chunk = keys.slice(start, start + size);
    const found: Array<UrlListEntry | undefined> = new Array<UrlListEntry | undefined>(chunk.length);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < chunk.length) {
        const i = next++;
        const key = chunk[i]!;
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
          options.onMissing?.(key);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, chunk.length) }, lane));
    yield found.filter((e): e is UrlListEntry => e !== undefined);
  }
}
