// Listing done in workers: the pool's listing worker fetches one ListObjectsV2 page at a time and answers
// with its body and next token; the body goes on (transferred) to a signing worker that parses, signs and
// formats it, while the listing worker already fetches the next page. The page's main thread never parses
// XML nor holds objects. Each page is asked by the one listing retry policy (src/oss/listing-retry.ts).
import { isAfter } from '../core/url-list/key-order';
import { requestListingPage, type ListingRetryPolicy } from '../oss/listing-retry';
import type { StsCredentials } from '../sts/sts-credentials';
import type { SignPool } from '../workers/sign-pool';
import type { Flight, Flights } from './flights';

export type ListingPool = Pick<SignPool, 'listPage' | 'signListedPage'>;

export interface WorkerListingOptions extends ListingRetryPolicy {
  /** the bucket's default endpoint origin (what the OSS client lists from) */
  origin: string;
  bucket: string;
  maxKeys?: number;
  /** '/': one folder level (subfolders are common prefixes, not objects) */
  delimiter?: '/' | undefined;
  /** OSS said these credentials are dead: drop them (CredentialsManager.invalidate) */
  invalidate(accessKeyId: string): Promise<unknown>;
}

export function workerListedFlights(
  pool: ListingPool,
  prefixes: readonly string[],
  o: WorkerListingOptions,
): Flights {
  return async function* (ctx): AsyncGenerator<Flight> {
    for (const prefix of prefixes) {
      let token: string | undefined;
      let after: string | undefined;
      for (;;) {
        let used: StsCredentials | undefined;
        const list = {
          origin: o.origin,
          bucket: o.bucket,
          prefix,
          delimiter: o.delimiter,
          continuationToken: token,
          maxKeys: o.maxKeys ?? 1000,
        };
        const page = await requestListingPage(
          async () => {
            const c = await ctx.credentials();
            used = c;
            const job = ctx.jobFor(c);
            const body = await pool.listPage(
              { credentials: job.credentials, session: job.session, list },
              ctx.signal,
            );
            return { body, c };
          },
          {
            prefix,
            token,
            signal: ctx.signal,
            policy: o,
            renewCredentials: async () => {
              if (used) await o.invalidate(used.accessKeyId);
            },
          },
        );
        const { body, c } = page;
        const signed = pool.signListedPage({ ...ctx.jobFor(c), xml: body.xml, after }, ctx.signal);
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
