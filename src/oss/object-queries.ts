// TkDodo-style query factories: each returns the key and the fetcher together, so prefetch, invalidation
// and the components use one definition. Keys start with the client's origin and bucket: switching
// endpoint or bucket never mixes caches.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ListPage } from '../core/listing/parse-list-objects';
import type { OssClient } from './oss-client';

export interface ListQueryInput {
  client: OssClient;
  /** the folder shown, '' or ending with '/' */
  prefix: string;
  /** server-side prefix search inside the folder: lists `prefix + search` */
  search?: string;
  /** keys per page, default 1000 */
  pageSize?: number;
}

/** How long a folder's listing counts as just fetched (see objectQueries.list). */
const LISTING_FRESH_MS = 5_000;

export const objectQueries = {
  all: () => ['oss'] as const,
  bucket: (client: Pick<OssClient, 'origin' | 'bucket'>) =>
    [...objectQueries.all(), client.origin, client.bucket] as const,
  lists: (client: Pick<OssClient, 'origin' | 'bucket'>) => [...objectQueries.bucket(client), 'list'] as const,

  /**
   * One folder level, folders first, paged by continuation token (infinite scroll). A listing fetched in the
   * last few seconds is shown without listing again when its page mounts: the first screen's preload
   * (app/connection/first-screen.ts) lands just before the page does. Refresh and uploads list anew at
   * once, and so does a folder opened again after those seconds.
   */
  list: ({ client, prefix, search = '', pageSize = 1000 }: ListQueryInput) =>
    infiniteQueryOptions({
      queryKey: [...objectQueries.lists(client), { prefix, search, pageSize }] as const,
      staleTime: LISTING_FRESH_MS,
      queryFn: ({ pageParam, signal }): Promise<ListPage> =>
        client.listPage({
          prefix: prefix + search,
          delimiter: '/',
          maxKeys: pageSize,
          signal,
          ...(pageParam === undefined ? {} : { continuationToken: pageParam }),
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last: ListPage): string | undefined =>
        last.isTruncated ? last.nextContinuationToken : undefined,
    }),

  /** The first page an export would list (recursive, or one level): the filter preview counts it. */
  firstPage: ({
    client,
    prefix,
    delimiter,
  }: {
    client: OssClient;
    prefix: string;
    delimiter?: '/' | undefined;
  }) =>
    queryOptions({
      queryKey: [...objectQueries.lists(client), 'first', { prefix, delimiter }] as const,
      queryFn: ({ signal }): Promise<ListPage> =>
        client.listPage({ prefix, maxKeys: 1000, signal, ...(delimiter ? { delimiter } : {}) }),
      staleTime: 30_000,
    }),

  head: ({ client, key }: { client: OssClient; key: string }) =>
    queryOptions({
      queryKey: [...objectQueries.bucket(client), 'head', key] as const,
      queryFn: ({ signal }) => client.head(key, { signal }),
    }),

  /** The bucket's custom domains; `undefined` data means "not allowed to list them: let the operator type". */
  cnames: ({ client }: { client: OssClient }) =>
    queryOptions({
      queryKey: [...objectQueries.bucket(client), 'cnames'] as const,
      queryFn: async ({ signal }) => (await client.listCnames({ signal })) ?? null,
      staleTime: 5 * 60_000,
    }),
};
