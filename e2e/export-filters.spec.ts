// Export with filters, as an operator does it: a seeded folder (server/object-store/seed FILTER_OBJECTS:
// varied names, case, depths, sizes and dates), include + exclude patterns, a size range and a date range
// typed in the operator's time zone (Asia/Shanghai here, so local ≠ UTC). The expected keys are computed
// here from the seed with plain string rules (no glob library); every exported link is then fetched from
// outside the browser. Then "valid until" two hours ahead: the links' Expires / x-oss-expires say so, and
// the broker's 1 h cap (e2e global setup) shows the capped sentence at the head of the summary.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { FILTER_OBJECTS, seedManifest } from '../server/object-store/seed/seed-objects';
import { expect, test } from './support/test';

const CONSOLE = () => process.env.E2E_CONSOLE_URL!;
const FOLDER = 'filters/';
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const manifest = new Map(seedManifest().map((e) => [e.key, e]));

test.use({ timezoneId: 'Asia/Shanghai' });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

async function openExport(page: Page, name: RegExp | string = 'Export URL list') {
  await page.goto(new URL(`/b/examplebucket/${FOLDER}`, CONSOLE()).href);
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function rowsOf(download: Download): Promise<Array<Record<string, string>>> {
  const text = readFileSync((await download.path())!, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

// Asia/Shanghai is UTC+8 all year: 2024-01-01 00:00 there is 2023-12-31 16:00 UTC
const FROM_UTC = Date.UTC(2023, 11, 31, 16);
const BEFORE_UTC = Date.UTC(2024, 11, 31, 16);

/** The filter of the test, written out plainly against the seed. */
function expectedKeys(): string[] {
  return FILTER_OBJECTS.map((o) => ({ key: o.key, rel: o.key.slice(FOLDER.length), size: o.build().length }))
    .filter(({ rel }) => {
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      const parts = rel.split('/');
      // *.pdf (any depth, case ignored) or 2024/**/raw/* (raw as the folder right above the name)
      const included =
        name.toLowerCase().endsWith('.pdf') ||
        (parts[0] === '2024' && parts.length >= 3 && parts[parts.length - 2] === 'raw');
      return included && !name.startsWith('draft-');
    })
    .filter(({ size }) => size >= 1024 && size <= 100 * 1024)
    .filter(({ key }) => {
      const at = manifest.get(key)!.lastModified;
      return at >= FROM_UTC && at < BEFORE_UTC;
    })
    .map(({ key }) => key)
    .sort();
}

async function fillFilters(dialog: Locator) {
  await dialog.getByLabel(/^Include names/).fill('*.pdf\n2024/**/raw/*');
  await dialog.getByLabel(/^Exclude names/).fill('draft-*');
  await dialog.getByRole('checkbox', { name: /Ignore case/ }).check();
  await dialog.getByLabel('Size from').fill('1 KB');
  await dialog.getByLabel('Size up to').fill('100 KB');
  await dialog.getByLabel('Modified from (your local time)').fill('2024-01-01T00:00');
  await dialog.getByLabel('Modified before (your local time)').fill('2025-01-01T00:00');
}

test('include + exclude + size + date filters export exactly the expected keys, and every link works', async ({
  page,
}) => {
  const expected = expectedKeys();
  // the seed splits the filter: kept at depth, by case, by the raw path, and the Shanghai new year
  expect(expected).toEqual(
    expect.arrayContaining(['filters/Summary.PDF', 'filters/2024/q1/raw/b.csv', 'filters/new-year.pdf']),
  );
  const dialog = await openExport(page);
  await fillFilters(dialog);
  await expect(dialog.getByText('= 2023-12-31T16:00:00Z UTC')).toBeVisible();
  await expect(dialog.getByTestId('filter-preview')).toHaveText(
    `${expected.length} of ${FILTER_OBJECTS.length} objects match.`,
  );
  await expect(
    dialog.getByText(/Saved as examplebucket-filters-urls-f-inc2-exc1-size-mod\.csv/),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('examplebucket-filters-urls-f-inc2-exc1-size-mod.csv');
  const rows = await rowsOf(download);
  expect(rows.map((r) => r.key).sort()).toEqual(expected);
  await expect(dialog.getByTestId('export-counts')).toContainText(
    `Objects listed: ${FILTER_OBJECTS.length} · matching the filters: ${expected.length} · rows in the file: ${expected.length}`,
  );
  await expect(dialog.getByTestId('export-filters-applied')).toContainText(
    'include *.pdf, 2024/**/raw/* · exclude draft-* · case ignored · size 1 KB – 100 KB · modified from 2023-12-31T16:00:00Z to before 2024-12-31T16:00:00Z',
  );
  for (const row of rows) {
    const res = await loopbackRequest(row.url!);
    expect(res.status, row.key).toBe(200);
    expect(md5(res.body), row.key).toBe(manifest.get(row.key!)!.md5Hex);
  }
});

test('this folder only: subfolders are not exported, and the preview says so first', async ({ page }) => {
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /This folder only/ }).check();
  await dialog.getByLabel(/^Include names/).fill('*.csv\n*.txt');
  const top = FILTER_OBJECTS.filter((o) => !o.key.slice(FOLDER.length).includes('/'));
  const want = top.filter((o) => /\.(csv|txt)$/.test(o.key)).map((o) => o.key);
  await expect(dialog.getByTestId('filter-preview')).toHaveText(
    `${want.length} of ${top.length} objects match.`,
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const rows = await rowsOf(await downloading);
  expect(rows.map((r) => r.key).sort()).toEqual(want.sort());
});

test('a bad size or date is refused with the reason, and the export cannot start', async ({ page }) => {
  const dialog = await openExport(page);
  await dialog.getByLabel('Size from').fill('1.3 KB');
  await expect(
    dialog.getByRole('alert').filter({ hasText: '“1.3 KB” is not a whole number of bytes.' }),
  ).toBeVisible();
  await dialog.getByLabel('Size from').fill('10 MB');
  await dialog.getByLabel('Size up to').fill('1 MB');
  await expect(dialog.getByText('The upper size is below the lower one.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Start export' })).toBeDisabled();
  await dialog.getByLabel('Size up to').fill('');
  await expect(dialog.getByRole('button', { name: 'Start export' })).toBeEnabled();
});

for (const version of ['V4', 'V1'] as const) {
  test(`valid until 2 hours ahead (${version}): the links expire then, and the 1 h broker cap is said first`, async ({
    page,
  }) => {
    const dialog = await openExport(page);
    await dialog.getByLabel(/^Include names/).fill('report-2024.pdf');
    await dialog.getByRole('radio', { name: version, exact: true }).check();
    await dialog.getByRole('radio', { name: 'Valid until a date and time' }).check();
    // two hours from now, as the operator's wall clock reads it (to the minute)
    const { text, untilMs } = await page.evaluate(() => {
      const at = new Date(Date.now() + 2 * 3600_000);
      at.setSeconds(0, 0);
      const p = (n: number) => String(n).padStart(2, '0');
      const local = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}`;
      return { text: local, untilMs: at.getTime() };
    });
    await dialog.getByLabel('Valid until (your local time)').fill(text);
    await expect(dialog.getByTestId('validity-help')).toContainText(
      `= ${new Date(untilMs).toISOString().replace('.000Z', 'Z')} UTC`,
    );
    await expect(dialog.getByTestId('validity-help')).toContainText('(UTC+08:00)');
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const rows = await rowsOf(await downloading);
    expect(rows.map((r) => r.key)).toEqual(['filters/report-2024.pdf']);
    const url = new URL(rows[0]!.url!);
    let expiresAt: number;
    if (version === 'V4') {
      const date = url.searchParams.get('x-oss-date')!;
      const signed = Date.parse(
        date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
      );
      expiresAt = signed + Number(url.searchParams.get('x-oss-expires')) * 1000;
      expect(Number(url.searchParams.get('x-oss-expires'))).toBeGreaterThan(7000);
    } else {
      expiresAt = Number(url.searchParams.get('Expires')) * 1000;
    }
    // the links end at the time asked for: seconds counted from the export's start on the signing clock
    // (the broker's, synced to the second), so within a few seconds of it
    expect(Math.abs(untilMs - expiresAt)).toBeLessThan(5000);
    // the broker grants 1 h (e2e setup): the capped sentence heads the summary
    const summary = dialog.getByRole('region', { name: 'Export summary' });
    await expect(summary.getByTestId('capped-note')).toBeVisible();
    await expect(summary.getByTestId('capped-note')).toContainText('1 h');
    expect((await loopbackRequest(rows[0]!.url!)).status).toBe(200);
  });
}

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(language, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 2200 } });
    test(`screenshot of the filters in the Export dialog (${language})`, async ({ page }) => {
      const dialog = await openExport(page, language === 'zh-CN' ? '导出 URL 列表' : 'Export URL list');
      const zh = language === 'zh-CN';
      await dialog.getByLabel(zh ? /^包含的名称/ : /^Include names/).fill('*.pdf\n2024/**/raw/*');
      await dialog.getByLabel(zh ? /^排除的名称/ : /^Exclude names/).fill('draft-*');
      await dialog.getByLabel(zh ? '大小不小于' : 'Size from').fill('1 KB');
      await dialog.getByLabel(zh ? '大小不大于' : 'Size up to').fill('100 KB');
      await dialog
        .getByLabel(zh ? '修改时间起（本地时间）' : 'Modified from (your local time)')
        .fill('2024-01-01T00:00');
      await dialog
        .getByRole('radio', { name: zh ? '截止到某个日期时间' : 'Valid until a date and time' })
        .check();
      await expect(dialog.getByTestId('filter-preview')).toHaveText(/\d/);
      mkdirSync('e2e/artifacts', { recursive: true });
      await page.screenshot({ path: `e2e/artifacts/export-filters-${language}.png`, fullPage: true });
    });
  });
}
