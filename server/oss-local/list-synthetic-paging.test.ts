// Paging through a 1,000,000-object synthetic prefix with ListObjectsV2 (pages of 1000 keys,
// encoding-type=url, continuation tokens, as the console's export asks): every page is full, keys follow
// each other without gap or repeat, and the walk ends exactly at the last key. In-process and over
// loopback HTTP. Behaviour only: the pages/s figure is measured by `npm run bench:oss-local`
// (BENCH_ONLY=list), not asserted here (tests do not depend on the machine's speed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOssLocalApp } from './app';
import { loopbackRequest } from './loopback-lookup';
import { STACK_KEY, startTestServer, type TestServer } from './test-fixtures';

const COUNT = 1_000_000;
const PAGE = 1000;
const SYNTHETIC = [{ bucket: 'public-bucket', prefix: 'big/', count: COUNT }];
const keyAt = (i: number): string => `big/${String(i).padStart(9, '0')}.txt`;

/** Walks ListObjectsV2 pages from `startAfter` and checks every key is the next one; public-read, so unsigned. */
async function walkAndCheck(
  fetchPage: (query: string) => Promise<string>,
  pages: number,
  firstIndex: number,
): Promise<{ pages: number; keys: number; truncated: boolean }> {
  let token: string | undefined;
  let done = 0;
  let next = firstIndex;
  do {
    const from =
      token !== undefined
        ? `&continuation-token=${token}`
        : firstIndex > 0
          ? `&start-after=${encodeURIComponent(keyAt(firstIndex - 1))}`
          : '';
    const xml = await fetchPage(`list-type=2&prefix=big%2F&encoding-type=url&max-keys=${PAGE}${from}`);
    const found = [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    const expected = Array.from({ length: Math.min(PAGE, COUNT - next) }, (_, i) => keyAt(next + i));
    expect(found).toEqual(expected);
    next += found.length;
    token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1];
    expect(/<IsTruncated>(true|false)<\/IsTruncated>/.exec(xml)?.[1]).toBe(String(token !== undefined));
    done += 1;
  } while (token !== undefined && done < pages);
  return { pages: done, keys: next - firstIndex, truncated: token !== undefined };
}

describe('ListObjectsV2 paging on a 1,000,000-object synthetic prefix', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ seed: false, synthetic: SYNTHETIC });
  });
  afterAll(async () => {
    await ts.close();
  });

  it('pages in-process from the start, from the middle, and to the end of the prefix', async () => {
    const { app } = createOssLocalApp({
      stackKey: STACK_KEY,
      dataDir: null,
      seed: false,
      synthetic: SYNTHETIC,
    });
    const page = async (q: string): Promise<string> =>
      (await app.request(`http://public-bucket.oss-cn-local.localhost/?${q}`)).text();
    expect(await walkAndCheck(page, 5, 0)).toEqual({ pages: 5, keys: 5 * PAGE, truncated: true });
    expect(await walkAndCheck(page, 20, 500_000)).toEqual({ pages: 20, keys: 20 * PAGE, truncated: true });
    expect(await walkAndCheck(page, 5, 998_000)).toEqual({ pages: 2, keys: 2 * PAGE, truncated: false });
  });

  it('pages over loopback HTTP the same way', async () => {
    const base = `http://public-bucket.${ts.server.endpointHost}:${ts.server.httpPort}/?`;
    const page = async (q: string): Promise<string> => (await loopbackRequest(base + q)).body.toString();
    expect(await walkAndCheck(page, 10, 123_457)).toEqual({ pages: 10, keys: 10 * PAGE, truncated: true });
    expect(await walkAndCheck(page, 5, 997_500)).toEqual({ pages: 3, keys: 2500, truncated: false });
  });
});
