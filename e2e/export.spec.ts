// Export URL list, as an operator does it: open a folder, export its links, share the file. The test then
// uses every link like a recipient (Node, through loopbackRequest: Node cannot resolve *.localhost).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/test';
import Papa from 'papaparse';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { faults } from './support/faults';
import { brokenLinks } from './support/fetch-links';
import { seedManifest } from '../server/object-store/seed/seed-objects';
import { upsertSyntheticFolder } from '../server/object-store/manifest';
import { syntheticContent } from '../server/object-store/synthetic-folder';

const CONSOLE = () => process.env.E2E_CONSOLE_URL!;
const BIG = 'export-10k/';

/** The dev stack's data directory (global-setup's mkdtemp): where synthetic folders are registered. */
function dataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the suite through e2e/global-setup.ts.');
  return dir;
}

test.beforeEach(async ({ page }) => {
  // the Blob download path (Playwright sees it as a download); the picker needs a real user
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});
test.afterEach(async () => faults('reset'));

async function openExport(page: Page, path: string) {
  await page.goto(new URL(path, CONSOLE()).href);
  await page.getByRole('button', { name: 'Export URL list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export URL list' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function rowsOf(download: Download): Promise<Array<Record<string, string>>> {
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const tricky = seedManifest().filter((e) => e.bucket === 'examplebucket' && e.key.startsWith('tricky/'));

for (const variant of ['default', 'https', 'custom'] as const) {
  test(`exports tricky/ as CSV (${variant}): every link gives the exact bytes`, async ({ page }) => {
    const dialog = await openExport(page, '/b/examplebucket/tricky/');
    await dialog.getByRole('radio', { name: 'Attachment (download)' }).check();
    const https = dialog.getByRole('switch', { name: 'HTTPS' });
    if ((await https.isChecked()) !== (variant === 'https')) await https.click();
    if (variant === 'custom') {
      await dialog.getByRole('radio', { name: 'Inline preview' }).check();
      await dialog.getByRole('radio', { name: /Custom domain files\.example\.localhost/ }).check();
    }
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const rows = await rowsOf(await downloading);
    await expect(dialog.getByRole('status')).toContainText(`Exported ${tricky.length} links`);
    expect(rows.map((r) => r.key).sort()).toEqual(tricky.map((e) => e.key).sort());
    for (const row of rows) {
      const res = await loopbackRequest(row.url!);
      expect(res.status, row.key).toBe(200);
      expect(md5(res.body)).toBe(tricky.find((e) => e.key === row.key)!.md5Hex);
      expect(row.url!.startsWith(variant === 'https' ? 'https://' : 'http://')).toBe(true);
      const disposition = String(res.headers['content-disposition']);
      if (variant === 'custom') expect(disposition).toBe('inline');
      else expect(disposition).toMatch(/^attachment; filename=/);
    }
  });
}

test('a key starting with = is neutralized in the CSV', async ({ page }) => {
  // a synthetic object whose key is `=HYPERLINK("http://evil")000000000.txt`, found by the search
  upsertSyntheticFolder(dataDir(), {
    bucket: 'examplebucket',
    prefix: '=HYPERLINK("http://evil")',
    count: 1,
    lastModified: 0,
  });
  const dialog = await openExport(page, `/b/examplebucket/?q=${encodeURIComponent('=HYPERLINK')}`);
  await dialog.getByRole('radio', { name: /Everything matching “=HYPERLINK”/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const rows = await rowsOf(await downloading);
  expect(rows.map((r) => r.key)).toEqual([`'=HYPERLINK("http://evil")000000000.txt`]);
  for (const cell of Object.values(rows[0]!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  expect((await loopbackRequest(rows[0]!.url!)).status).toBe(200);
});

test('10,000 objects through failing list pages and two token expiries: each key once, all work', async ({
  page,
}) => {
  test.setTimeout(180_000);
  upsertSyntheticFolder(dataDir(), { bucket: 'examplebucket', prefix: BIG, count: 10_000, lastModified: 0 });
  // slow enough pages (~0.6 s each) that the expiries land while the export runs
  await faults({ listFailEvery: 7, listFailMode: '503', listLatencyMs: 600 });
  const dialog = await openExport(page, `/b/examplebucket/${BIG}`);
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Start export' }).click();
  // tokens issued so far stop working twice while the export runs
  for (const atLeast of [/Listed [2-9],\d{3}\b/, /Listed [5-9],\d{3}\b/]) {
    await expect(dialog.getByText(atLeast)).toBeVisible({ timeout: 60_000 });
    await faults('expire-tokens');
  }
  const rows = await rowsOf(await downloading);
  const keys = rows.map((r) => r.key!);
  expect(keys).toHaveLength(10_000);
  expect(new Set(keys).size).toBe(10_000);
  await faults('reset');
  expect(await brokenLinks(rows, (key) => syntheticContent('examplebucket', key))).toEqual([]);
});

test('cancel mid-export leaves a valid partial file and says how many rows it holds', async ({ page }) => {
  upsertSyntheticFolder(dataDir(), { bucket: 'examplebucket', prefix: BIG, count: 10_000, lastModified: 0 });
  await faults({ listLatencyMs: 400 });
  const dialog = await openExport(page, `/b/examplebucket/${BIG}`);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  await expect(dialog.getByText(/written [1-9]/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  const rows = await rowsOf(await downloading);
  await expect(dialog.getByRole('status')).toHaveText(
    `Export cancelled. The file holds ${rows.length.toLocaleString('en-US')} complete rows.`,
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(10_000);
  expect(rows.every((r) => r.url!.startsWith('http') && r.expires_at!.endsWith('Z'))).toBe(true);
});

test('Cancel ends an export whose listing answer never comes, within 2 s, and the file holds whole rows only', async ({
  page,
}) => {
  upsertSyntheticFolder(dataDir(), { bucket: 'examplebucket', prefix: BIG, count: 10_000, lastModified: 0 });
  const dialog = await openExport(page, `/b/examplebucket/${BIG}`);
  // the listing stalls from here on: longer than this test may run
  await faults({ listLatencyMs: 60_000 });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel export' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    /^Export cancelled\. The file holds 0 complete rows\.$/,
    {
      timeout: 2_000,
    },
  );
  const rows = await rowsOf(await downloading);
  expect(rows).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Start export' })).toBeEnabled();
});
