// Listing done by the signing workers: each job fetches one ListObjectsV2 page, reports its next token at
// once (so the next page is requested while this one is signed) and returns finished text. The page's
// main thread never parses XML nor holds objects. Failures get the same treatment as listAll's:
// transient ones are retried from the same token with backoff and jitter, up to maxAttempts; a dead token
// (SecurityTokenExpired…) is invalidated once and the page asked again with new credentials.
import { CREDENTIAL_ERROR_CODES, OssError, isTransientOssError } from '../core/errors';
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import { backoffDelayMs, ListAllError } from '../oss/list-all';
import { sleep as abortableSleep } from '../sts/abortable';
import type { ListedInfo, ListSignJob } from '../workers/sign-protocol';
import type { Flight, Flights } from './run-export';

export interface ListingPool {
  listAndSign(
    job: Omit<ListSignJob, 'id' | 'kind'>,
    onListed: (info: ListedInfo) => void,
  ): Promise<SignedUrlListPage>;
}

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
        let flight: { info: ListedInfo; signed: Promise<SignedUrlListPage> } | undefined;
        while (flight === undefined) {
          ctx.signal?.throwIfAborted();
          const c = await ctx.credentials();
          let onListed!: (info: ListedInfo) => void;
          const listed = new Promise<ListedInfo>((resolve) => (onListed = resolve));
          const job = {
            ...ctx.jobFor(c),
            list: {
              origin: o.origin,
              bucket: o.bucket,
              prefix,
              continuationToken: token,
              maxKeys: o.maxKeys ?? 1000,
            },
            after,
          };
          const signed = pool.listAndSign(job, onListed);
          signed.catch(() => undefined);
          try {
            // the listing fails → `signed` rejects before `listed` ever resolves
            flight = { info: await Promise.race([listed, signed.then(() => listed)]), signed };
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
        yield { listed: flight.info.count, signed: flight.signed };
        after = flight.info.lastKey ?? after;
        if (flight.info.nextContinuationToken === undefined) break;
        token = flight.info.nextContinuationToken;
      }
    }
  };
}
