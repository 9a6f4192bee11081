// The one retry policy of every listing in the console (browse, export on the page, export in the
// listing worker): a transient failure (503, timeout, reset) is retried with exponential backoff and
// jitter from the same continuation token, up to `maxAttempts` in a row; a dead token (SecurityTokenExpired,
// InvalidAccessKeyId…) is renewed once and the page asked again; anything else is thrown at once.
import { sleep } from '../async/abortable';
import { CREDENTIAL_ERROR_CODES, isTransientOssError, OssError } from '../core/errors';

export interface ListingRetryPolicy {
  /** attempts per page, default 5 */
  maxAttempts?: number | undefined;
  /** first backoff, default 500 ms; doubles per attempt up to maxDelayMs (default 20 s) */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  random?: (() => number) | undefined;
  /** injectable for tests */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
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

export interface PageRequestContext {
  /** the listing's prefix and the page's token: what a ListAllError names to resume */
  prefix: string;
  token: string | undefined;
  signal?: AbortSignal | undefined;
  policy?: ListingRetryPolicy | undefined;
  /**
   * OSS said the credentials are dead: drop them, so the next attempt gets new ones. Called at most once
   * per page; without it a dead token is thrown like any permanent failure.
   */
  renewCredentials?: ((err: OssError) => Promise<void>) | undefined;
}

/**
 * One page, by the policy above. With maxAttempts 1 a transient failure is thrown as it is (one attempt
 * has not "failed N times in a row").
 */
export async function requestListingPage<T>(request: () => Promise<T>, ctx: PageRequestContext): Promise<T> {
  const maxAttempts = ctx.policy?.maxAttempts ?? 5;
  const wait = ctx.policy?.sleep ?? sleep;
  let renewed = false;
  for (let attempt = 1; ;) {
    ctx.signal?.throwIfAborted();
    try {
      return await request();
    } catch (err) {
      if (!(err instanceof OssError)) throw err;
      if (CREDENTIAL_ERROR_CODES.has(err.code) && ctx.renewCredentials && !renewed) {
        renewed = true;
        await ctx.renewCredentials(err);
        continue;
      }
      if (!isTransientOssError(err)) throw err;
      if (attempt >= maxAttempts) {
        throw maxAttempts > 1 ? new ListAllError(ctx.prefix, attempt, ctx.token, err) : err;
      }
      const delay = backoffDelayMs(
        attempt,
        ctx.policy?.baseDelayMs ?? 500,
        ctx.policy?.maxDelayMs ?? 20_000,
        ctx.policy?.random ?? Math.random,
      );
      attempt += 1;
      await wait(delay, ctx.signal);
    }
  }
}
