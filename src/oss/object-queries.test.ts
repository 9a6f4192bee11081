import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ListPage } from '../core/listing/parse-list-objects';
import { objectQueries } from './object-queries';
import type { ListPageOptions } from './list-all';
import type { OssClient } from './oss-client';

function fakeClient(): OssClient & { calls: ListPageOptions[] } {
  const calls: ListPageOptions[] = [];
  const page = (token?: string): ListPage => ({
    folders: token ? [] : ['a/'],
    objects: [{ key: `x${token ?? ''}`, size: 1, lastModified: 0, etag: '', storageClass: 'Standard' }],
    isTruncated: !token,
    keyCount: 1,
    ...(token ? {} : { nextContinuationToken: 't1' }),
  });
  return {
    bucket: 'examplebucket',
    origin: 'http://examplebucket.oss-cn-local.localhost:9000',
    calls,
    listPage: async (o) => {
      calls.push(o);
      return page(o.continuationToken);
    },
    listAll: () => {
      throw new Error('unused');
    },
    head: async (key) => ({
      key,
      size: 1,
      lastModified: 0,
      etag: 'e',
      contentType: 'text/plain',
      storageClass: undefined,
      type: undefined,
      requestId: undefined,
      meta: {},
    }),
    listCnames: async () => undefined,
  };
}

describe('objectQueries', () => {
  it('list: one folder level, prefix + search on the server, paged by continuation token', async () => {
    const client = fakeClient();
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = objectQueries.list({ client, prefix: 'photos/', search: '20' });
    await qc.fetchInfiniteQuery(options);
    // just fetched: asked again within LISTING_FRESH_MS, the listing is not fetched again
    await qc.fetchInfiniteQuery(options);
    expect(client.calls).toHaveLength(1);
    // a refetch of two pages (staleTime 0: as Refresh does) follows the continuation token
    await qc.fetchInfiniteQuery({ ...options, pages: 2, staleTime: 0 });
    expect(client.calls[0]).toMatchObject({ prefix: 'photos/20', delimiter: '/', maxKeys: 1000 });
    expect(client.calls.at(-1)?.continuationToken).toBe('t1');
    const data = qc.getQueryData(options.queryKey);
    expect(data?.pages).toHaveLength(2);
    expect(data?.pageParams).toEqual([undefined, 't1']);
  });
  it('keys nest under the client’s origin and bucket, so invalidating the bucket covers lists', () => {
    const client = fakeClient();
    const key = objectQueries.list({ client, prefix: '' }).queryKey;
    expect(key.slice(0, 4)).toEqual([...objectQueries.lists(client)]);
    expect(key.slice(0, 3)).toEqual([...objectQueries.bucket(client)]);
    expect(key[1]).toBe(client.origin);
    expect(objectQueries.head({ client, key: 'a' }).queryKey.slice(0, 3)).toEqual([
      ...objectQueries.bucket(client),
    ]);
  });
  it('cnames: null when the credentials may not list them', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await qc.fetchQuery(objectQueries.cnames({ client: fakeClient() }))).toBeNull();
  });
});
