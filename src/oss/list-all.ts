// Every page under a prefix, as an async generator: the export pipeline streams them without holding the
// bucket in memory. A transient failure (503, timeout, reset) is retried with exponential backoff and
// jitter from the same continuation token; after `maxAttempts` in a row the generator throws
// ListAllError, whose `resumeToken` lets the caller start again where it stopped.
import { isTransientOssError, OssError } from '../core/errors';
import { sleep } from '../sts/abortable';
import type { ListPage } from './list-page';
import type { ListPageOptions } from './oss-client';

export interface ListAllOptions {
  client: { listPage(options: ListPageOptions): Promise<ListPage> };
  prefix: string;
  /** undefined (default): every key under the prefix, recursively */
  delimiter?: string;
  signal?: AbortSignal;
  /** resume: the nextContinuationToken of the last page handled */
  continuationToken?: string;
  /** start: list keys after this one */
  startAfter?: string;
  maxKeys?: number;
  /** attempts per page, default 5 */
  maxAttempts?: number;
  /** first backoff, default 500 ms; doubles per attempt up to maxDelayMs (default 20 s) */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** injectable for tests */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class ListAllError extends Error {
  override readonly name = 'ListAllError';
  readonly attempts: number;
  /** pass as continuationToken to resume (undefined: from the start / startAfter) */
  readonly resumeToken: string | undefined;
  constructor(prefix: string, attempts: number, resumeToken: string | undefined, cause: OssError) {
    super(
      `Listing "${prefix}" failed ${attempts} times in a row (${cause.code}: ${cause.message}). ` +
        'Check the connection and retry: the listing resumes from the last page received.',
      { cause },
    );
    this.attempts = attempts;
    this.resumeToken = resumeToken;
  }
}

/** Full jitter around the exponential step: base·2^(n−1), capped, scaled by [0.5, 1.5). */
export function backoffDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + random()));
}

export async function* listAll(options: ListAllOptions): AsyncGenerator<ListPage, void, undefined> {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 20_000;
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleep(ms, signal));
  let token = options.continuationToken;
  // start-after only applies to the first request; afterwards the token carries the position
  let startAfter = token === undefined ? options.startAfter : undefined;
  for (;;) {
    let page: ListPage | undefined;
    for (let attempt = 1; page === undefined; attempt += 1) {
      options.signal?.throwIfAborted();
      try {
        page = await options.client.listPage({
          prefix: options.prefix,
          ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
          ...(token === undefined ? {} : { continuationToken: token }),
          ...(startAfter === undefined ? {} : { startAfter }),
          ...(options.maxKeys === undefined ? {} : { maxKeys: options.maxKeys }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
      } catch (err) {
        if (!(err instanceof OssError) || !isTransientOssError(err)) throw err;
        if (attempt >= maxAttempts) throw new ListAllError(options.prefix, attempt, token, err);
        await wait(backoffDelayMs(attempt, baseDelay, maxDelay, random), options.signal);
      }
    }
    yield page;
    if (!page.isTruncated || page.nextContinuationToken === undefined) return;
    token = page.nextContinuationToken;
    startAfter = undefined;
  }
}
