// Export URL List on a COS bucket, the same pipeline as OSS with the COS core behind the provider seam:
// cos-local (its own verifier) over loopback, the broker's local-mode COS keys through the console's
// broker client and CredentialsManager, the console's COS client listing by marker, with failing pages
// and a temporary key that dies twice. Every exported URL is fetched: 200 and the exact bytes.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUCKET, REGION, ROOT, startTestCos, type TestCos } from '../../server/cos-local/test-fixtures';
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';
import { seedManifest } from '../../server/object-store/seed/seed-objects';
import { syntheticContent } from '../../server/object-store/synthetic-folder';
import { createCosClient } from '../cos/cos-client';
import { cosCredentials, cosEndpoint } from '../cos/cos-local.test-kit';
import { createCosPresigner } from '../core/cos/cos-presigner';
import { UTF8_BOM } from '../core/csv/csv-chunks';
import type { LinkOptions } from '../core/link/link-options';
import { URL_LIST_COLUMNS } from '../core/url-list/url-list-format';
import { listAll } from '../oss/list-all';
import { loopbackFetch } from '../oss/local-stack.test-kit';
import { pagePresigners } from '../workers/page-presigners';
import { runExportJob } from './export-job';
import type { ExportSource } from './export-source';
import { forEachLane, inThreadListingPool, memorySink, unusedSigner } from './export-test-kit';
import { readResignList } from './key-list';
import { runExport } from './run-export';
import { workerListedFlights } from './worker-listing';

const STACK_KEY = 'cos-export-test-stack-key-0123';
const BIG = 'big10k/';
const BIG_COUNT = 10_000;
const CUSTOM = 'files.cos-example.localhost';
let cos: TestCos;
const cores = pagePresigners({ cos: () => createCosPresigner() });

const options: LinkOptions = {
  validitySeconds: 3600,
  secure: false,
  domain: { kind: 'default' },
  disposition: 'attachment',
  version: 'v4',
};

beforeAll(async () => {
  cos = await startTestCos({
    stackKey: STACK_KEY,
    synthetic: [{ bucket: BUCKET, prefix: BIG, count: BIG_COUNT }],
    rootAccount: ROOT,
  });
});
afterAll(async () => cos.close());

/** The console's side of one COS bucket: broker client, credentials manager, COS client. */
function stack() {
  const { credentials } = cosCredentials(cos, STACK_KEY);
  const endpoint = cosEndpoint(cos);
  const client = createCosClient({
    bucket: BUCKET,
    endpoint,
    secure: false,
    credentials,
    presigner: cores.cos(),
    fetch: loopbackFetch,
  });
  return { client, credentials, endpoint };
}

const parseCsv = (text: string) => {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

/** Exports on this thread (the console without workers): the COS client lists, the COS core signs. */
async function exportCsv(source: ExportSource, link: LinkOptions, beforeList?: (call: number) => void) {
  const { client: cosClient, credentials, endpoint } = stack();
  let calls = 0;
  const client = {
    ...cosClient,
    listPage: (o: Parameters<typeof cosClient.listPage>[0]) => {
      beforeList?.(++calls);
      return cosClient.listPage(o);
    },
  };
  client.listAll = (o) => listAll({ ...o, client, sleep: async () => undefined });
  const sink = memorySink();
  const result = await runExportJob({
    input: { kind: 'source', source },
    plan: {
      cloud: 'cos',
      bucket: BUCKET,
      endpoint,
      options: link,
      format: 'csv',
      columns: URL_LIST_COLUMNS,
    },
    verify: 'off',
    oss: client,
    credentials,
    presigners: cores,
    sink,
    signal: new AbortController().signal,
    workers: false,
  });
  return { result, rows: parseCsv(sink.text()), text: sink.text(), endpoint };
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const tokenOf = (url: string) => new URL(url).searchParams.get('x-cos-security-token');

describe('export on a COS bucket against cos-local', () => {
  const tricky = seedManifest().filter((e) => e.bucket === 'examplebucket' && e.key.startsWith('tricky/'));

  it.each([
    { name: 'default host, attachment', link: options },
    {
      name: 'custom domain, inline',
      link: { ...options, domain: { kind: 'custom' as const, host: CUSTOM }, disposition: 'inline' as const },
    },
  ])('exports tricky/ ($name): one row per object, every URL gives the exact bytes', async ({ link }) => {
    const { result, rows } = await exportCsv({ kind: 'prefix', prefix: 'tricky/' }, link);
    expect(result.summary.status).toBe('done');
    expect(tricky.length).toBeGreaterThan(5);
    expect(rows.map((r) => r.key).sort()).toEqual(tricky.map((e) => e.key).sort());
    for (const row of rows) {
      const url = row.url!;
      // the COS core signed it: COS's query signature, on the host asked for
      expect(url).toContain('q-sign-algorithm=sha1');
      expect(new URL(url).hostname).toBe(
        link.domain.kind === 'custom' ? CUSTOM : `${BUCKET}.cos.${REGION}.localhost`,
      );
      const expected = tricky.find((e) => e.key === row.key)!;
      const res = await loopbackRequest(url);
      expect(res.status, row.key).toBe(200);
      expect(md5(res.body)).toBe(expected.md5Hex);
      // COS writes an object's ETag as its MD5 in lower-case hex
      expect(row.etag).toBe(expected.md5Hex);
      const disposition = String(res.headers['content-disposition'] ?? '');
      if (link.disposition === 'attachment') expect(disposition).toMatch(/^attachment; filename=/);
      else expect(disposition).toBe('inline');
    }
    // a tampered signature is refused by cos-local's own verifier
    const tampered = rows[0]!.url!.replace(/(q-signature=)([0-9a-f])/, (_, p: string, c: string) =>
      p.concat(c === '0' ? '1' : '0'),
    );
    const refused = await loopbackRequest(tampered);
    expect(refused.status).toBe(403);
    expect(refused.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('exports 10,000 objects through failing pages and a key that dies twice: each key once, all work', async () => {
    cos.server.faults.set({ listFailEvery: 7, listFailMode: '503' });
    const died: number[] = [];
    try {
      const { result, rows, text, endpoint } = await exportCsv(
        { kind: 'prefix', prefix: BIG },
        options,
        (call) => {
          // before the 4th and 9th list requests, every key issued so far stops working
          if (call === 4 || call === 9) {
            died.push(call);
            cos.server.faults.expireTokensNow();
          }
        },
      );
      expect(result.summary.status).toBe('done');
      expect(died).toEqual([4, 9]);
      const keys = rows.map((r) => r.key!);
      expect(keys).toEqual(
        Array.from({ length: BIG_COUNT }, (_, i) => `${BIG}${String(i).padStart(9, '0')}.txt`),
      );
      expect(result.summary).toMatchObject({ listed: BIG_COUNT, rows: BIG_COUNT });
      // pages signed after each renewal carry the new key
      expect(new Set(rows.map((r) => tokenOf(r.url!))).size).toBeGreaterThanOrEqual(3);
      // the injected expiry was a fault: lift it, then every row's URL must work
      cos.server.faults.reset();
      await forEachLane(rows, 32, async (row) => {
        const res = await loopbackRequest(row.url!);
        expect(res.status, row.key).toBe(200);
        expect(res.body.equals(syntheticContent(BUCKET, row.key!))).toBe(true);
      });
      // the file re-signs: every COS link reads back as its key
      const again = readResignList(text, { cloud: 'cos', name: BUCKET, endpoint, customDomains: [] });
      expect(again.keys).toEqual(keys);
    } finally {
      cos.server.faults.reset();
    }
  }, 180_000);

  it('lists in the workers too (GET Bucket by marker): 10,000 objects through faults, each key once', async () => {
    cos.server.faults.set({ listFailEvery: 7, listFailMode: '503' });
    let calls = 0;
    try {
      const { credentials, endpoint, client } = stack();
      const sink = memorySink();
      const pool = inThreadListingPool(cores, loopbackFetch, () => {
        calls += 1;
        if (calls === 4 || calls === 9) cos.server.faults.expireTokensNow();
      });
      const summary = await runExport({
        plan: { cloud: 'cos', bucket: BUCKET, endpoint, options, format: 'csv', columns: URL_LIST_COLUMNS },
        flights: workerListedFlights(pool, [BIG], {
          cloud: 'cos',
          origin: client.origin,
          bucket: BUCKET,
          baseDelayMs: 10,
          invalidate: (id) => credentials.invalidate(id),
        }),
        credentials,
        signer: unusedSigner,
        sink,
      });
      expect(summary.status).toBe('done');
      expect(calls).toBeGreaterThan(BIG_COUNT / 1000);
      const rows = parseCsv(sink.text());
      expect(rows.map((r) => r.key)).toEqual(
        Array.from({ length: BIG_COUNT }, (_, i) => `${BIG}${String(i).padStart(9, '0')}.txt`),
      );
      expect(new Set(rows.map((r) => tokenOf(r.url!))).size).toBeGreaterThanOrEqual(3);
      cos.server.faults.reset();
      await forEachLane(rows, 32, async (row) => {
        const res = await loopbackRequest(row.url!);
        expect(res.status, row.key).toBe(200);
      });
    } finally {
      cos.server.faults.reset();
    }
  }, 180_000);
});
