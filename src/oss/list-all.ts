// Every page under a prefix, as an async generator: the export pipeline streams them without holding the
// bucket in memory. Each page is asked by the listing retry policy (listing-retry.ts); after maxAttempts
// transient failures in a row the generator throws ListAllError, whose `resumeToken` lets the caller start
// again where it stopped.
import type { ListPage } from '../core/listing/parse-list-objects';
import { requestListingPage, type ListingRetryPolicy } from './listing-retry';

export interface ListPageOptions {
  prefix: string;
  /** '/' lists one folder level (folders first); omit for every key under the prefix */
  delimiter?: string;
  continuationToken?: string;
  /** 1–1000, default 1000 */
  maxKeys?: number;
  startAfter?: string;
  signal?: AbortSignal;
}

export interface ListAllOptions extends ListingRetryPolicy {
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
}

export async function* listAll(options: ListAllOptions): AsyncGenerator<ListPage, void, undefined> {
  let token = options.continuationToken;
  // start-after only applies to the first request; afterwards the token carries the position
  let startAfter = token === undefined ? options.startAfter : undefined;
  for (;;) {
    const pageOptions: ListPageOptions = {
      prefix: options.prefix,
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      ...(token === undefined ? {} : { continuationToken: token }),
      ...(startAfter === undefined ? {} : { startAfter }),
      ...(options.maxKeys === undefined ? {} : { maxKeys: options.maxKeys }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    };
    // the client renews a dead token itself (once per page): here only transient failures are retried
    const page = await requestListingPage(() => options.client.listPage(pageOptions), {
      prefix: options.prefix,
      token,
      signal: options.signal,
      policy: options,
    });
    yield page;
    if (!page.isTruncated || page.nextContinuationToken === undefined) return;
    token = page.nextContinuationToken;
    startAfter = undefined;
  }
}
