import { describe, expect, it } from 'vitest';
import { OssError, ossClientFailure, ossErrorFromResponse } from '../core/errors';
import { listAll } from './list-all';
import { ListAllError, backoffDelayMs } from './listing-retry';
import type { ListPage } from '../core/listing/parse-list-objects';
import type { ListPageOptions } from './list-all';

/** Pages of `size` over keys k0..k(n-1); the token is the next index. `fail` decides per call. */
function fakeClient(
  n: number,
  size: number,
  fail: (call: number, options: ListPageOptions) => unknown = () => undefined,
) {
  const calls: ListPageOptions[] = [];
  return {
    calls,
    async listPage(options: ListPageOptions): Promise<ListPage> {
      calls.push(options);
      const err = fail(calls.length, options);
      if (err !== undefined) throw err;
      const start = options.continuationToken === undefined ? 0 : Number(options.continuationToken);
      const end = Math.min(n, start + size);
      const objects = Array.from({ length: end - start }, (_, i) => ({
        key: `k${start + i}`,
        size: 1,
        lastModified: 0,
        etag: '',
        storageClass: 'Standard',
      }));
      return {
        folders: [],
        objects,
        isTruncated: end < n,
        keyCount: objects.length,
        ...(end < n ? { nextContinuationToken: String(end) } : {}),
      };
    },
  };
}

const collect = async (gen: AsyncGenerator<ListPage>) => {
  const keys: string[] = [];
  for await (const page of gen) keys.push(...page.objects.map((o) => o.key));
  return keys;
};

const noSleep = async () => undefined;

describe('listAll', () => {
  it('yields every page in order, without a delimiter by default', async () => {
    const client = fakeClient(25, 10);
    expect(await collect(listAll({ client, prefix: 'p/', sleep: noSleep }))).toHaveLength(25);
    expect(client.calls.map((c) => c.continuationToken)).toEqual([undefined, '10', '20']);
    expect(client.calls[0]).not.toHaveProperty('delimiter');
  });

  it('resumes from a continuation token, or starts after a key', async () => {
    const client = fakeClient(25, 10);
    expect(await collect(listAll({ client, prefix: '', continuationToken: '20', sleep: noSleep }))).toEqual([
      'k20',
      'k21',
      'k22',
      'k23',
      'k24',
    ]);
    const c2 = fakeClient(25, 10);
    await collect(listAll({ client: c2, prefix: '', startAfter: 'k3', sleep: noSleep }));
    expect(c2.calls[0]?.startAfter).toBe('k3');
    expect(c2.calls[1]).not.toHaveProperty('startAfter');
  });

  it('retries transient failures from the same token with growing, jittered delays', async () => {
    const waits: number[] = [];
    const client = fakeClient(25, 10, (call) =>
      call === 2 || call === 3
        ? ossErrorFromResponse({ status: 503 })
        : call === 5
          ? ossClientFailure('network', 'reset', { reason: 'reset' })
          : undefined,
    );
    const keys = await collect(
      listAll({
        client,
        prefix: '',
        baseDelayMs: 100,
        random: () => 0.5,
        sleep: async (ms) => void waits.push(ms),
      }),
    );
    expect(keys).toHaveLength(25);
    expect(waits).toEqual([100, 200, 100]);
    expect(client.calls.map((c) => c.continuationToken)).toEqual([undefined, '10', '10', '10', '20', '20']);
  });

  it('gives up after maxAttempts with a ListAllError carrying the resume token', async () => {
    const client = fakeClient(25, 10, (call) => (call > 1 ? ossClientFailure('timeout', 'slow') : undefined));
    const gen = listAll({ client, prefix: 'x/', maxAttempts: 3, sleep: noSleep });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const page of gen) seen.push(...page.objects.map((o) => o.key));
    })().catch((e: unknown) => e);
    expect(seen).toHaveLength(10);
    expect(err).toBeInstanceOf(ListAllError);
    expect(err).toMatchObject({ attempts: 3, resumeToken: '10' });
    expect((err as Error).message).toMatch(/failed 3 times in a row/);
  });

  it('throws permanent errors at once and stops when aborted', async () => {
    const denied = new OssError({
      code: 'AccessDenied',
      message: 'no',
      status: 403,
      requestId: 'r',
      hostId: 'h',
    });
    const client = fakeClient(25, 10, () => denied);
    await expect(collect(listAll({ client, prefix: '', sleep: noSleep }))).rejects.toBe(denied);
    expect(client.calls).toHaveLength(1);
    const controller = new AbortController();
    const c2 = fakeClient(25, 10);
    const gen = listAll({ client: c2, prefix: '', signal: controller.signal, sleep: noSleep });
    await gen.next();
    controller.abort();
    await expect(gen.next()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('backoff doubles up to the cap', () => {
    expect([1, 2, 3, 10].map((a) => backoffDelayMs(a, 500, 4000, () => 0.5))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect(backoffDelayMs(1, 500, 4000, () => 0)).toBe(250);
  });
});
