import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../core/csv/csv-chunks';
import { URL_LIST_COLUMNS } from '../core/url-list/url-list-format';
import { sourcePages } from './export-source';
import {
  endpoint,
  fakeBucket,
  linkOptions,
  memorySink,
  NOW,
  numberedKeys,
  objectsNamed,
  scriptedCredentials,
  signer,
  unavailable,
} from './export-test-kit';
import { runExport, type ExportPlan } from './run-export';

const plan = (patch: Partial<ExportPlan> = {}): ExportPlan => ({
  bucket: 'examplebucket',
  endpoint,
  options: linkOptions,
  format: 'csv',
  columns: URL_LIST_COLUMNS,
  ...patch,
});

function parseCsv(text: string): Array<Record<string, string>> {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('runExport', () => {
  it('writes a BOM, a header and one guarded row per object, with the effective expiry', async () => {
    const keys = ['+1.apk', '=HYPERLINK("http://evil")', '@a/中文 报告.txt', 'a/x,"y" z.png'];
    const { lister } = fakeBucket(objectsNamed(keys), () => undefined);
    const { manager, clock } = scriptedCredentials();
    const sink = memorySink();
    const summary = await runExport({
      plan: plan(),
      pages: sourcePages({ kind: 'prefix', prefix: '' }, lister),
      credentials: manager,
      signer,
      sink,
    });
    expect(summary.status).toBe('done');
    expect(sink.closed).toBe(true);
    const rows = parseCsv(sink.text());
    expect(rows.map((r) => r.key)).toEqual(keys.map((k) => (/^[=+\-@]/.test(k) ? `'${k}` : k)));
    expect(rows[1]!.key).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1]!.url).toContain('response-content-disposition=attachment');
    expect(rows[0]!.expires_at).toBe(new Date(clock.t + 3600_000).toISOString().replace('.000Z', 'Z'));
    expect(rows[2]!.size).toBe('3');
    expect(summary.rows).toBe(4);
    expect(summary.warnings).toContainEqual({ code: 'app-package', rows: 1, cloud: 'oss' });
  });

  it('writes plain text (one URL per line) and JSON Lines', async () => {
    const keys = numberedKeys('p/', 3).concat(['p/quote " and, comma.txt']);
    for (const format of ['txt', 'jsonl'] as const) {
      const { lister } = fakeBucket(objectsNamed(keys), () => undefined);
      const sink = memorySink();
      await runExport({
        plan: plan({ format, columns: ['key', 'url', 'size'] }),
        pages: sourcePages({ kind: 'prefix', prefix: 'p/' }, lister),
        credentials: scriptedCredentials().manager,
        signer,
        sink,
      });
      const lines = sink.text().split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(4);
      if (format === 'txt') expect(lines.every((l) => l.startsWith('https://examplebucket.'))).toBe(true);
      else expect(lines.map((l) => (JSON.parse(l) as { key: string }).key)).toEqual(keys);
    }
  });

  it('retries failed list pages and resumes from their token: every key exactly once', async () => {
    const keys = numberedKeys('big/', 2500);
    // every 7th request fails (503), twice in a row once
    const { lister, client } = fakeBucket(objectsNamed(keys), (n) =>
      n % 7 === 0 || n === 15 ? unavailable() : undefined,
    );
    const sink = memorySink();
    const summary = await runExport({
      plan: plan(),
      pages: sourcePages({ kind: 'prefix', prefix: 'big/' }, lister),
      credentials: scriptedCredentials().manager,
      signer,
      sink,
    });
    expect(summary.status).toBe('done');
    expect(client.calls()).toBeGreaterThan(25);
    const got = parseCsv(sink.text()).map((r) => r.key);
    expect(got).toEqual(keys);
  });

  it('stops after N failures in a row with the reason, leaving whole rows and no duplicate', async () => {
    const keys = numberedKeys('big/', 1000);
    const { lister } = fakeBucket(objectsNamed(keys), (n) => (n >= 4 ? unavailable() : undefined));
    const sink = memorySink();
    const summary = await runExport({
      plan: plan(),
      pages: sourcePages({ kind: 'prefix', prefix: 'big/' }, lister, { list: { maxAttempts: 3 } }),
      credentials: scriptedCredentials().manager,
      signer,
      sink,
    });
    expect(summary.status).toBe('failed');
    expect(summary.error).toMatch(/failed 3 times in a row/);
    const got = parseCsv(sink.text()).map((r) => r.key);
    expect(got).toEqual(keys.slice(0, 300));
    expect(summary.rows).toBe(300);
    expect(sink.closed).toBe(true);
  });

  it('cancel stops at once and leaves a valid partial file whose row count the summary gives', async () => {
    const keys = numberedKeys('c/', 5000);
    const controller = new AbortController();
    const { lister } = fakeBucket(objectsNamed(keys), () => undefined);
    const sink = memorySink();
    const summary = await runExport({
      plan: plan(),
      pages: sourcePages({ kind: 'prefix', prefix: 'c/' }, lister, { signal: controller.signal }),
      credentials: scriptedCredentials().manager,
      signer,
      sink,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.written >= 1000) controller.abort();
      },
    });
    expect(summary.status).toBe('cancelled');
    const rows = parseCsv(sink.text());
    expect(rows.length).toBe(summary.rows);
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(rows.length).toBeLessThan(5000);
    expect(rows.every((r) => r.url!.startsWith('https://') && r.expires_at!.endsWith('Z'))).toBe(true);
    expect(rows.map((r) => r.key)).toEqual(keys.slice(0, rows.length));
  });

  it('refreshes credentials mid-export: later rows carry the new token and their own expiry', async () => {
    const keys = numberedKeys('r/', 600);
    const { manager, clock } = scriptedCredentials();
    const { lister, client } = fakeBucket(objectsNamed(keys), () => undefined);
    const sink = memorySink();
    let invalidated = false;
    const listAll = lister.listAll.bind(lister);
    const summary = await runExport({
      plan: plan({ options: { ...linkOptions, version: 'v1' } }),
      pages: (async function* () {
        for await (const page of sourcePages({ kind: 'prefix', prefix: 'r/' }, { listAll })) {
          yield page;
          // after the third page OSS says the token expired: the manager is told, as oss-client does
          if (client.calls() === 3 && !invalidated) {
            invalidated = true;
            clock.t += 120_000;
            await manager.invalidate();
          }
        }
      })(),
      credentials: manager,
      signer,
      sink,
    });
    expect(summary.status).toBe('done');
    const rows = parseCsv(sink.text());
    const token = (url: string) => new URL(url).searchParams.get('security-token');
    expect(rows.slice(0, 300).every((r) => token(r.url!) === 'T1')).toBe(true);
    expect(rows.slice(300).every((r) => token(r.url!) === 'T2')).toBe(true);
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    expect(rows[0]!.expires_at).toBe(iso(NOW + 3600_000));
    expect(rows[599]!.expires_at).toBe(iso(NOW + 120_000 + 3600_000));
  });

  it('asks the broker for the whole validity once; where it grants less, the summary and rows say so', async () => {
    const keys = numberedKeys('g/', 1000);
    const { manager, asked } = scriptedCredentials((s) => Math.min(s, 3600));
    const { lister } = fakeBucket(objectsNamed(keys), () => undefined);
    const sink = memorySink();
    const summary = await runExport({
      plan: plan({ options: { ...linkOptions, validitySeconds: 32_400 } }),
      pages: sourcePages({ kind: 'prefix', prefix: 'g/' }, lister),
      credentials: manager,
      signer,
      sink,
    });
    // one request for 9 h + margin; pages then reuse what was granted instead of asking again
    expect(asked).toEqual([32_400 + 60]);
    const rows = parseCsv(sink.text());
    expect(new Set(rows.map((r) => r.expires_at))).toEqual(
      new Set([new Date(NOW + 3600_000).toISOString().replace('.000Z', 'Z')]),
    );
    expect(summary.warnings[0]).toMatchObject({
      code: 'credentials-shorter',
      rows: 1000,
      askedSeconds: 32_400,
      grantedSeconds: 3600,
      earliestExpiresAt: NOW + 3600_000,
    });
  });

  it('at defaults (link 3600 s, broker maximum 3600 s) warns about no row: a skew-sized shortfall is none', async () => {
    const keys = numberedKeys('d/', 300);
    // the broker caps at 3600 s, so the 3600 + 60 s asked for come back as 3600 s, issued a moment before
    // the links are signed: the credentials end two seconds before the links
    const { manager } = scriptedCredentials((s) => Math.min(s, 3600) - 2);
    const summary = await runExport({
      plan: plan(),
      pages: sourcePages(
        { kind: 'prefix', prefix: 'd/' },
        fakeBucket(objectsNamed(keys), () => undefined).lister,
      ),
      credentials: manager,
      signer,
      sink: memorySink(),
    });
    expect(summary.rows).toBe(300);
    expect(summary.warnings.filter((w) => w.code === 'credentials-shorter')).toEqual([]);
  });

  it('one row per object in attachment mode, whatever the key; folder markers counted apart', async () => {
    const keys = [
      'k/',
      'k/a\tb.txt',
      'k/cr\r.txt',
      'k/lf\n.txt',
      'k/ctl\u0001.txt',
      'k/back\\slash.txt',
      'k/sub/',
    ];
    const { lister } = fakeBucket(objectsNamed(keys), () => undefined);
    const sink = memorySink();
    const summary = await runExport({
      plan: plan({ format: 'jsonl', columns: ['key', 'url'] }),
      pages: sourcePages({ kind: 'prefix', prefix: 'k/' }, lister),
      credentials: scriptedCredentials().manager,
      signer,
      sink,
    });
    const rows = sink
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(rows.sort()).toEqual(keys.filter((k) => !k.endsWith('/')).sort());
    expect(summary).toMatchObject({ status: 'done', rows: 5, listed: 5, folderMarkers: 2 });
    expect(summary.warnings).toEqual([]);
  });

  it('drops the file when a list to re-sign gives no row (dropWhenEmpty), keeps it otherwise', async () => {
    for (const [keys, kept] of [
      [[], false],
      [['a.txt'], true],
    ] as const) {
      const sink = memorySink();
      const summary = await runExport({
        plan: plan(),
        pages: sourcePages(
          { kind: 'selection', selection: { keys, prefixes: [] } },
          fakeBucket([], () => undefined).lister,
        ),
        credentials: scriptedCredentials().manager,
        signer,
        sink,
        dropWhenEmpty: true,
      });
      expect(summary.status).toBe('done');
      expect(summary.fileWritten).toBe(kept);
      expect(sink.closed).toBe(kept);
      expect(sink.aborted).toBe(!kept);
    }
  });

  it('reports progress with a rate and an ETA when the total is known, and keeps a sample', async () => {
    const keys = numberedKeys('s/', 250);
    const seen: number[] = [];
    const sink = memorySink();
    const summary = await runExport({
      plan: plan({ sampleSize: 10 }),
      pages: sourcePages(
        { kind: 'selection', selection: { keys, prefixes: [] } },
        fakeBucket([], () => undefined).lister,
        { pageSize: 100 },
      ),
      total: 250,
      credentials: scriptedCredentials().manager,
      signer,
      sink,
      onProgress: (p) => {
        seen.push(p.written);
        expect(p.etaSeconds === undefined || p.etaSeconds >= 0).toBe(true);
      },
    });
    expect(seen.at(-1)).toBe(250);
    expect(summary.sample).toHaveLength(10);
    expect(parseCsv(sink.text()).every((r) => r.size === '')).toBe(true);
  });

  it('a refusal before the first row (bad validity, broker down) still releases the file, with the reason', async () => {
    const { lister } = fakeBucket(objectsNamed(['a.txt']), () => undefined);
    const { manager } = scriptedCredentials();
    const badValidity = memorySink();
    const refused = await runExport({
      plan: plan({ options: { ...linkOptions, validitySeconds: 32_401 } }),
      pages: sourcePages({ kind: 'prefix', prefix: '' }, lister),
      credentials: manager,
      signer,
      sink: badValidity,
    });
    expect(refused).toMatchObject({ status: 'failed', rows: 0 });
    expect(refused.error).toMatch(/32401 seconds/);
    expect(badValidity.aborted).toBe(true);

    const brokerDown = memorySink();
    const failed = await runExport({
      plan: plan(),
      pages: sourcePages({ kind: 'prefix', prefix: '' }, lister),
      credentials: {
        ensure: async () => {
          throw new Error('The broker did not answer.');
        },
        now: () => NOW,
      },
      signer,
      sink: brokerDown,
    });
    expect(failed).toMatchObject({ status: 'failed', error: 'The broker did not answer.' });
    expect(brokerDown.aborted).toBe(true);
  });
});
