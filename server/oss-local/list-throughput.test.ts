// Listing must not be the bottleneck of a million-object export: ListObjectsV2 pages of 1000 keys at
// >= 50 pages/s over a 1,000,000-object synthetic prefix. Measured in-process (the server's own cost)
// and over loopback HTTP, each over a slice of the prefix plus its end; both figures are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOssLocalApp } from './app';
import { loopbackRequest } from './loopback-lookup';
import { STACK_KEY, startTestServer, type TestServer } from './test-fixtures';

const COUNT = 1_000_000;
const PAGE = 1000;
const SYNTHETIC = [{ bucket: 'public-bucket', prefix: 'big/', count: COUNT }];
const MIN_PAGES_PER_SECOND = 50;

/** Walks ListObjectsV2 pages (encoding-type=url, as the console asks) with continuation tokens; public-read, so unsigned. */
async function walk(
  fetchPage: (query: string) => Promise<string>,
  pages: number,
  startAfter?: string,
): Promise<{ pages: number; keys: number; last: string; truncated: boolean; seconds: number }> {
  const started = performance.now();
  let token: string | undefined;
  let done = 0;
  let keys = 0;
  let last = '';
  do {
    const from =
      token !== undefined
        ? `&continuation-token=${token}`
        : startAfter !== undefined
          ? `&start-after=${encodeURIComponent(startAfter)}`
          : '';
    const xml = await fetchPage(`list-type=2&prefix=big%2F&encoding-type=url&max-keys=${PAGE}${from}`);
    const found = (xml.match(/<Key>[^<]*<\/Key>/g) ?? []).map((k) => decodeURIComponent(k));
    keys += found.length;
    last = found[found.length - 1] ?? last;
    token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1];
    done += 1;
  } while (token !== undefined && done < pages);
  return {
    pages: done,
    keys,
    last,
    truncated: token !== undefined,
    seconds: (performance.now() - started) / 1000,
  };
}

function report(label: string, r: { pages: number; seconds: number }): number {
  const rate = r.pages / r.seconds;
  console.log(
    `oss-local ListObjectsV2 throughput (${label}): ${r.pages} pages x ${PAGE} keys in ${r.seconds.toFixed(2)} s = ${rate.toFixed(0)} pages/s`,
  );
  return rate;
}

describe('ListObjectsV2 throughput on a 1,000,000-object synthetic prefix', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ seed: false, synthetic: SYNTHETIC });
  });
  afterAll(async () => {
    await ts.close();
  });

  // Rates are steady-state: a few pages first let the JIT warm up, as it has in any real export.
  it('serves >= 50 pages/s in-process (the server cost alone), to the end of the prefix', async () => {
    const { app } = createOssLocalApp({
      stackKey: STACK_KEY,
      dataDir: null,
      seed: false,
      synthetic: SYNTHETIC,
    });
    const page = async (q: string): Promise<string> =>
      (await app.request(`http://public-bucket.oss-cn-local.localhost/?${q}`)).text();
    await walk(page, 20);
    const measured = await walk(page, 300, 'big/000100000.txt');
    expect(measured.keys).toBe(300 * PAGE);
    expect(report('in-process', measured)).toBeGreaterThanOrEqual(MIN_PAGES_PER_SECOND);
    const tail = await walk(page, 5, 'big/000997999.txt');
    expect([tail.pages, tail.keys, tail.last, tail.truncated]).toEqual([
      2,
      2000,
      '<Key>big/000999999.txt</Key>',
      false,
    ]);
  });

  it('serves >= 50 pages/s over loopback HTTP', async () => {
    const base = `http://public-bucket.${ts.server.endpointHost}:${ts.server.httpPort}/?`;
    const page = async (q: string): Promise<string> => (await loopbackRequest(base + q)).body.toString();
    await walk(page, 10);
    const measured = await walk(page, 150, 'big/000500000.txt');
    expect(measured.keys).toBe(150 * PAGE);
    expect(report('loopback HTTP', measured)).toBeGreaterThanOrEqual(MIN_PAGES_PER_SECOND);
  });
});
