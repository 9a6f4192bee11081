// Listing done in workers: the pool's listing worker fetches one ListObjectsV2 page at a time and answers
// with its body and next token; the body goes on (transferred) to a signing worker that parses, signs and
// formats it, while the listing worker already fetches the next page. The page's main thread never parses
// XML nor holds objects. Failures get the same treatment as listAll's:
// transient ones are retried from the same token with backoff and jitter, up to maxAttempts; a dead token
// (SecurityTokenExpired…) is invalidated once and the page asked again with new credentials.
import { CREDENTIAL_ERROR_CODES, OssError, isTransientOssError } from '../core/errors';
import { isAfter } from '../core/url-list/key-order';
import { backoffDelayMs, ListAllError } from '../oss/list-all';
import { sleep as abortableSleep } from '../sts/abortable';
import type { SignPool } from '../workers/sign-pool';
import type { StsCredentials } from '../sts/sts-credentials';
import type { Flight, Flights } from './run-export';

export type ListingPool = Pick<SignPool, 'listPage' | 'signListedPage'>;

export interface WorkerListingOptions {
  /** the bucket's default endpoint origin (what the OSS client lists from) */
  origin: string;
  bucket: string;
  maxKeys?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** OSS said these credentials are dead: drop them (CredentialsManager.invalidate) */
  invalidate(accessKeyId: string): Promise<unknown>;
}

export function workerListedFlights(
  pool: ListingPool,
  prefixes: readonly string[],
  o: WorkerListingOptions,
): Flights {
  const maxAttempts = o.maxAttempts ?? 5;
  const wait = o.sleep ?? abortableSleep;
  return async function* (ctx): AsyncGenerator<Flight> {
    for (const prefix of prefixes) {
      let token: string | undefined;
      let after: string | undefined;
      for (;;) {
        let attempt = 0;
        let refreshed = false;
        let page: { body: Awaited<ReturnType<ListingPool['listPage']>>; c: StsCredentials } | undefined;
        while (page === undefined) {
          ctx.signal?.throwIfAborted();
          const c = await ctx.credentials();
          const list = {
            origin: o.origin,
            bucket: o.bucket,
            prefix,
            continuationToken: token,
            maxKeys: o.maxKeys ?? 1000,
          };
          try {
            const job = ctx.jobFor(c);
            page = {
              body: await pool.listPage({ credentials: job.credentials, session: job.session, list }),
              c,
            };
          } catch (err) {
            if (!(err instanceof OssError)) throw err;
            if (CREDENTIAL_ERROR_CODES.has(err.code) && !refreshed) {
              refreshed = true;
              await o.invalidate(c.accessKeyId);
              continue;
            }
            if (!isTransientOssError(err)) throw err;
            attempt += 1;
            if (attempt >= maxAttempts) throw new ListAllError(prefix, attempt, token, err);
            const delay = backoffDelayMs(
              attempt,
              o.baseDelayMs ?? 500,
              o.maxDelayMs ?? 20_000,
              o.random ?? Math.random,
            );
            await wait(delay, ctx.signal);
          }
        }
        const { body, c } = page;
        const signed = pool.signListedPage({ ...ctx.jobFor(c), xml: body.xml, after });
        // the object count comes with the signed page (the listing worker does not read the objects)
        yield { listed: undefined, signed };
        const last = body.lastKey;
        if (last !== undefined && (after === undefined || isAfter(last, after))) after = last;
        if (body.nextContinuationToken === undefined) break;
        token = body.nextContinuationToken;
      }
    }
  };
}
