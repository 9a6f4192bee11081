// Objects known by key alone (selected keys without their listing entry, a list to re-sign) get their
// size, date, ETag and stored Content-Type from HEAD: bounded concurrency, order kept; keys OSS no longer
// has are reported, not exported (a link to nothing helps no one), and so are keys these credentials may
// not read (AccessDenied: outside the broker's prefix): one such key never stops the rest.
import { OssError } from '../core/errors';
import { errorTextKey } from '../core/errors/describe-oss-error';
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
  /** a key the credentials may not read (AccessDenied / 403); without this handler the error stops all */
  onRefused?(key: string, error: OssError): void;
}

function isMissing(err: unknown): boolean {
  return err instanceof OssError && (err.code === 'NoSuchKey' || err.status === 404);
}

/**
 * This key is refused by the policy; other keys may not be (a session policy scoped to a prefix). An
 * expired token or a source-IP/Referer condition would refuse every key alike: those still stop the run.
 */
function isRefused(err: unknown): err is OssError {
  return err instanceof OssError && errorTextKey(err) === 'AccessDenied.policy';
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
        found[i] = undefined;
        if (isMissing(err)) options.onMissing?.(key);
        else if (isRefused(err) && options.onRefused) options.onRefused(key, err);
        else throw err;
      }
    }
  };
  const lanes = Math.min(options.concurrency ?? 8, todo.length);
  await Promise.all(Array.from({ length: lanes }, lane));
  return found.filter((e): e is UrlListEntry => e !== undefined);
}
