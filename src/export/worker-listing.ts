// Listing done in workers: the pool's listing worker fetches one listing page at a time (OSS ListObjectsV2,
// COS GET Bucket) and answers with its body and where the next starts (continuation token, or marker);
// the body goes on (transferred) to a signing worker that parses, signs and formats it, while the
// listing worker already fetches the next page. The page's main thread never parses
// XML nor holds objects. Each page is asked by the one listing retry policy (src/oss/listing-retry.ts).
import { isAfter } from '../core/url-list/key-order';
import { requestListingPage, type ListingRetryPolicy } from '../oss/listing-retry';
import type { StsCredentials } from '../sts/sts-credentials';
import type { SignPool } from '../workers/sign-pool';
import type { ListRequest } from '../workers/sign-protocol';
import type { ProviderKind } from '../core/provider/link-provider';
import type { Flight, Flights } from './flights';

export type ListingPool = Pick<SignPool, 'listPage' | 'signListedPage'>;

export interface WorkerListingOptions extends ListingRetryPolicy {
  /** the bucket's cloud: OSS lists with ListObjectsV2 (continuation token), COS with GET Bucket (marker) */
  cloud?: ProviderKind | undefined;
  /** the bucket's default endpoint origin (what the client lists from) */
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
        const common = { origin: o.origin, prefix, delimiter: o.delimiter, maxKeys: o.maxKeys ?? 1000 };
        const list: ListRequest =
          o.cloud === 'cos'
            ? { cloud: 'cos', request: { ...common, marker: token } }
            : { cloud: 'oss', request: { ...common, bucket: o.bucket, continuationToken: token } };
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
