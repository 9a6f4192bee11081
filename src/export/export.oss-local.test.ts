// The export against the real local stack, in-process: oss-local over loopback (its own verifier), the
// broker app in local mode, the OSS client (ali-oss) listing with fault injection. Every exported URL is
// fetched: 200, exact bytes, the chosen disposition. The browser e2e drives the same code through the UI.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';
import { FILTER_OBJECTS, seedManifest } from '../../server/object-store/seed/seed-objects';
import type { OssLocalServer } from '../../server/oss-local/server';
import { syntheticContent } from '../../server/object-store/synthetic-folder';
import { UTF8_BOM } from '../core/csv/csv-chunks';
import type { LinkOptions } from '../core/link/link-options';
import { URL_LIST_COLUMNS } from '../core/url-list/url-list-format';
import { listAll } from '../oss/list-all';
import { loopbackFetch, startLocalStack, type LocalStack } from '../oss/local-stack.test-kit';
import { createOssClient } from '../oss/oss-client';
import {
  forEachLane,
  inThreadListingPool as inThreadListingPoolOf,
  memorySink,
  presigner,
  presigners,
  unusedSigner,
} from './export-test-kit';
import { runExportJob } from './export-job';
import { readResignList } from './key-list';
import { runExport } from './run-export';
import { workerListedFlights, type ListingPool } from './worker-listing';
import type { ExportFilter } from '../core/filter/export-filter';
import type { ExportSource } from './export-source';

const STACK_KEY = 'export-integration-stack-key-0123456789';
const BIG = 'big10k/';
const BIG_COUNT = 10_000;
const FORMULA = '=HYPERLINK("http://evil")';
let local: LocalStack;
let oss: OssLocalServer;
let brokerSkewMs = 0;

beforeAll(async () => {
  local = await startLocalStack(STACK_KEY, {
    cnames: { 'files.example.localhost': 'examplebucket' },
    synthetic: [
      { bucket: 'examplebucket', prefix: BIG, count: BIG_COUNT },
      // a key that starts with "=": what a spreadsheet would run as a formula
      { bucket: 'examplebucket', prefix: FORMULA, count: 1 },
    ],
  });
  oss = local.oss;
});
afterAll(async () => local.close());

function stack(secure = false) {
  const { credentials } = local.credentials();
  const client = createOssClient({
    bucket: 'examplebucket',
    endpoint: local.endpoint,
    secure,
    credentials,
    presigner,
    fetch: loopbackFetch,
  });
  return { client, credentials, endpoint: local.endpoint };
}

const options: LinkOptions = {
  validitySeconds: 3600,
  secure: false,
  domain: { kind: 'default' },
  disposition: 'attachment',
  version: 'v4',
};

async function exportCsv(source: ExportSource, link: LinkOptions, beforeList?: (call: number) => void) {
  const { client: sdk, credentials, endpoint } = stack(link.secure);
  let calls = 0;
  const client = {
    ...sdk,
    listPage: (o: Parameters<typeof sdk.listPage>[0]) => {
      beforeList?.(++calls);
      return sdk.listPage(o);
    },
  };
  client.listAll = (o) => listAll({ ...o, client });
  const sink = memorySink();
  const result = await runExportJob({
    input: { kind: 'source', source },
    plan: { bucket: 'examplebucket', endpoint, options: link, format: 'csv', columns: URL_LIST_COLUMNS },
    verify: 'off',
    oss: client,
    credentials,
    presigners,
    sink,
    signal: new AbortController().signal,
    workers: false,
  });
  const text = sink.text();
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { result, rows: parsed.data };
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

const inThreadListingPool = (onRequest: () => void): ListingPool =>
  inThreadListingPoolOf(presigners, loopbackFetch, onRequest);

describe('export against oss-local', () => {
  const tricky = seedManifest().filter((e) => e.bucket === 'examplebucket' && e.key.startsWith('tricky/'));

  it.each([
    { name: 'HTTP, default host, attachment', link: options },
    { name: 'HTTPS, V1', link: { ...options, secure: true, version: 'v1' as const } },
    {
      name: 'custom domain, inline',
      link: {
        ...options,
        domain: { kind: 'custom' as const, host: 'files.example.localhost' },
        disposition: 'inline' as const,
      },
    },
  ])('exports tricky/ ($name): one row per object, every URL gives the exact bytes', async ({ link }) => {
    const { result, rows } = await exportCsv({ kind: 'prefix', prefix: 'tricky/' }, link);
    expect(result.summary.status).toBe('done');
    expect(rows.map((r) => r.key).sort()).toEqual(tricky.map((e) => e.key).sort());
    for (const row of rows) {
      const expected = tricky.find((e) => e.key === row.key)!;
      const res = await loopbackRequest(row.url!, { ca: oss.certificatePem });
      expect(res.status, row.key).toBe(200);
      expect(md5(res.body)).toBe(expected.md5Hex);
      expect(row.etag).toBe(expected.etag.replace(/"/g, ''));
      const disposition = String(res.headers['content-disposition'] ?? '');
      if (link.disposition === 'attachment') expect(disposition).toMatch(/^attachment; filename=/);
      else expect(disposition).toBe('inline');
    }
  });

  it('neutralizes a key starting with = in the CSV, and its URL still works', async () => {
    const { rows } = await exportCsv({ kind: 'prefix', prefix: '=' }, options);
    expect(rows.map((r) => r.key)).toEqual([`'${FORMULA}000000000.txt`]);
    expect((await loopbackRequest(rows[0]!.url!)).status).toBe(200);
    const seeded = await exportCsv({ kind: 'prefix', prefix: 'csv/' }, options);
    expect(seeded.rows.map((r) => r.key)).toEqual(['csv/=HYPERLINK("http://evil").txt']);
  });

  it('exports 10,000 objects through failing list pages and twice-expired tokens: each key once, all work', async () => {
    oss.faults.set({ listFailEvery: 7, listFailMode: '503' });
    const expired = new Set<number>();
    try {
      const { result, rows } = await exportCsv({ kind: 'prefix', prefix: BIG }, options, (call) => {
        // before the 4th and 9th list requests, every token issued so far stops working
        if (call === 4 || call === 9) {
          expired.add(call);
          // every token issued so far (on the broker's clock, which runs ahead after each round)
          oss.faults.set({ expireTokensIssuedBefore: Math.floor((Date.now() + brokerSkewMs) / 1000) });
          brokerSkewMs += 2000; // tokens minted from now on have a later iat
          local.skewBroker(brokerSkewMs);
        }
      });
      expect(result.summary.status).toBe('done');
      expect(expired.size).toBe(2);
      const keys = rows.map((r) => r.key!);
      expect(keys).toHaveLength(BIG_COUNT);
      expect(new Set(keys).size).toBe(BIG_COUNT);
      const tokens = new Set(rows.map((r) => new URL(r.url!).searchParams.get('x-oss-security-token')));
      expect(tokens.size).toBeGreaterThanOrEqual(3);
      // the injected expiry was a fault: lift it, then every row's URL must work
      oss.faults.reset();
      await forEachLane(rows, 32, async (row) => {
        const res = await loopbackRequest(row.url!);
        expect(res.status, row.key).toBe(200);
        expect(res.body.equals(syntheticContent('examplebucket', row.key!))).toBe(true);
      });
    } finally {
      oss.faults.reset();
    }
  }, 120_000);

  it('lists in the workers too: 10,000 objects through failing pages and expired tokens, each key once', async () => {
    oss.faults.set({ listFailEvery: 7, listFailMode: '503' });
    let calls = 0;
    try {
      const { credentials, endpoint, client } = stack();
      const sink = memorySink();
      const pool = inThreadListingPool(() => {
        calls += 1;
        if (calls === 4 || calls === 9) {
          oss.faults.set({ expireTokensIssuedBefore: Math.floor((Date.now() + brokerSkewMs) / 1000) });
          brokerSkewMs += 2000;
          local.skewBroker(brokerSkewMs);
        }
      });
      const summary = await runExport({
        plan: { bucket: 'examplebucket', endpoint, options, format: 'csv', columns: URL_LIST_COLUMNS },
        flights: workerListedFlights(pool, [BIG], {
          origin: client.origin,
          bucket: 'examplebucket',
          baseDelayMs: 10,
          invalidate: (id) => credentials.invalidate(id),
        }),
        credentials,
        signer: unusedSigner,
        sink,
      });
      expect(summary.status).toBe('done');
      const rows = Papa.parse<Record<string, string>>(sink.text().slice(1), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.map((r) => r.key)).toEqual(
        Array.from({ length: BIG_COUNT }, (_, i) => `${BIG}${String(i).padStart(9, '0')}.txt`),
      );
      const tokens = new Set(rows.map((r) => new URL(r.url!).searchParams.get('x-oss-security-token')));
      expect(tokens.size).toBeGreaterThanOrEqual(3);
      oss.faults.reset();
      await forEachLane(rows, 32, async (row) => {
        const res = await loopbackRequest(row.url!);
        expect(res.status, row.key).toBe(200);
      });
    } finally {
      oss.faults.reset();
    }
  }, 120_000);

  describe('with filters', () => {
    const filter: ExportFilter = {
      include: ['*.pdf', '2024/**/raw/*'],
      exclude: ['draft-*'],
      caseSensitive: false,
      minSize: 1024,
      maxSize: 100 * 1024,
      modifiedFrom: Date.UTC(2024, 0, 1),
      modifiedBefore: Date.UTC(2025, 0, 1),
    };
    // the same rules, written out plainly against the seed (no glob library)
    const expected = (depth: 'subtree' | 'folder') =>
      FILTER_OBJECTS.map((o) => ({
        key: o.key,
        rel: o.key.slice('filters/'.length),
        size: o.build().length,
        at: o.lastModified!,
      }))
        .filter((o) => depth === 'subtree' || !o.rel.includes('/'))
        .filter((o) => {
          const name = o.rel.split('/').pop()!;
          const included = name.toLowerCase().endsWith('.pdf') || /^2024\/(.+\/)?raw\/[^/]+$/.test(o.rel);
          return included && !name.startsWith('draft-');
        })
        .filter((o) => o.size >= 1024 && o.size <= 100 * 1024)
        .filter((o) => o.at >= Date.UTC(2024, 0, 1) && o.at < Date.UTC(2025, 0, 1))
        .map((o) => o.key)
        .sort();

    it.each(['subtree', 'folder'] as const)(
      'exports exactly the objects the filter keeps (%s), counts in = out',
      async (depth) => {
        const { result, rows } = await exportCsv(
          { kind: 'prefix', prefix: 'filters/', narrow: { filter, depth } },
          options,
        );
        const want = expected(depth);
        expect(want.length).toBeGreaterThan(2);
        expect(rows.map((r) => r.key).sort()).toEqual(want);
        const listedCount = FILTER_OBJECTS.filter(
          (o) => depth === 'subtree' || !o.key.slice(8).includes('/'),
        ).length;
        expect(result.summary).toMatchObject({
          status: 'done',
          listed: listedCount,
          matched: want.length,
          rows: want.length,
        });
        for (const row of rows) expect((await loopbackRequest(row.url!)).status, row.key).toBe(200);
      },
    );

    it('filters in the listing workers too', async () => {
      const { credentials, endpoint, client } = stack();
      const sink = memorySink();
      const summary = await runExport({
        plan: {
          bucket: 'examplebucket',
          endpoint,
          options,
          format: 'csv',
          columns: URL_LIST_COLUMNS,
          filter: { filter, prefix: 'filters/' },
        },
        flights: workerListedFlights(
          inThreadListingPool(() => undefined),
          ['filters/'],
          {
            origin: client.origin,
            bucket: 'examplebucket',
            maxKeys: 4,
            invalidate: (id) => credentials.invalidate(id),
          },
        ),
        credentials,
        signer: unusedSigner,
        sink,
      });
      const rows = Papa.parse<Record<string, string>>(sink.text().slice(1), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.map((r) => r.key).sort()).toEqual(expected('subtree'));
      expect(summary).toMatchObject({
        listed: FILTER_OBJECTS.length,
        matched: rows.length,
        rows: rows.length,
      });
      // a filtered export re-signs like any other: its keys read back, exactly
      const again = readResignList(sink.text(), { name: 'examplebucket', endpoint, customDomains: [] });
      expect([...again.keys].sort()).toEqual(expected('subtree'));
    });
  });
});
