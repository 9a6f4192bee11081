// What the pipeline consumes: pages "in flight" in order, each with its signed bytes to come. Listing and
// signing may be fused (workers that list, worker-listing.ts) or separate (pages of entries signed here).
import { isFolderMarker } from '../core/listing/folder-path';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import type { StsCredentials } from '../sts/sts-credentials';
import type { EncodedUrlListPage } from '../workers/sign-protocol';
import type { PageJob, PageSigner } from './page-signer';

/** One page on its way: how many objects it lists (undefined: counted when signed), and its signed bytes to come. */
export interface Flight {
  listed: number | undefined;
  signed?: Promise<EncodedUrlListPage> | undefined;
}
export interface FlightContext {
  /** what every page job carries, signed with `c` */
  jobFor(c: StsCredentials): Omit<PageJob, 'entries'>;
  /** credentials for the next page (per-page ensure) */
  credentials(): Promise<StsCredentials>;
  signal?: AbortSignal | undefined;
}
/** Produces pages in order. */
export type Flights = (ctx: FlightContext) => AsyncIterable<Flight>;

/** Pages of entries (selected keys, or a listing on this thread) signed by `signer`. */
export function signedFlights(pages: AsyncIterable<readonly UrlListEntry[]>, signer: PageSigner): Flights {
  return async function* (ctx) {
    for await (const entries of pages) {
      ctx.signal?.throwIfAborted();
      if (entries.length === 0) {
        yield { listed: 0 };
        continue;
      }
      const job = ctx.jobFor(await ctx.credentials());
      let markers = 0;
      for (const e of entries) if (isFolderMarker(e.key)) markers += 1;
      yield {
        // objects, as the signed page counts them (folder markers get no row and are counted apart)
        listed: entries.length - markers,
        signed: signer.signPage({ ...job, entries: [...entries] }, ctx.signal),
      };
    }
  };
}

/** One after the other. */
export function concatFlights(...parts: Flights[]): Flights {
  return async function* (ctx) {
    for (const part of parts) yield* part(ctx);
  };
}
