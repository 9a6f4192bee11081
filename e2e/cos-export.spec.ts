// Export URL List on a Tencent COS bucket (cos-local, its own verifier), as an operator does it: the same
// dialog and pipeline as OSS, the COS core signing in the workers, GET Bucket by marker in the listing
// worker. Every link is then used like a recipient would (Node, outside the browser); a tampered one is
// refused; a 10,000-object folder goes through failing pages and a temporary key that dies twice; the file
// comes back through "Re-sign a list"; the summary and dialog are looked at in both languages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './support/test';
import { faults } from './support/faults';
import { brokenLinks } from './support/fetch-links';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { seedManifest } from '../server/object-store/seed/seed-objects';
import { upsertSyntheticFolder } from '../server/object-store/manifest';
import { syntheticContent } from '../server/object-store/synthetic-folder';

const BUCKET = 'examplebucket-1250000000';
const BIG = 'export-10k/';
const CONSOLE = () => process.env.E2E_CONSOLE_URL!;
const SHOTS = 'e2e/artifacts/screenshots';
const HOST = {
  default: `${BUCKET}.cos.ap-guangzhou.localhost`,
  custom: 'files.cos-example.localhost',
};
// cos-local seeds its example bucket with the OSS example bucket's objects
const tricky = seedManifest().filter((e) => e.bucket === 'examplebucket' && e.key.startsWith('tricky/'));
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

/** cos-local's data directory inside the dev stack's: where its synthetic folders are registered. */
function cosDataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the suite through e2e/global-setup.ts.');
  return join(dir, 'cos-local');
}

test.beforeEach(async ({ page }) => {
  // the Blob download path (Playwright sees it as a download); the picker needs a real user
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});
test.afterEach(async () => faults('reset', 'cos'));

async function openExport(page: Page, folder: string, name = 'Export URL list'): Promise<Locator> {
  await page.goto(new URL(`/b/${BUCKET}/${folder}`, CONSOLE()).href);
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

function csvRows(text: string): Array<Record<string, string>> {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
const fileOf = async (download: Download) => readFileSync((await download.path())!, 'utf8');

for (const variant of ['default', 'https', 'custom'] as const) {
  test(`exports tricky/ on COS as CSV (${variant}): every link gives the exact bytes; tampered → 403`, async ({
    page,
  }) => {
    const dialog = await openExport(page, 'tricky/');
    // the OSS-only link options are not offered on COS
    await expect(dialog.getByText('Signature version')).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'Attachment (download)' }).check();
    const https = dialog.getByRole('switch', { name: 'HTTPS' });
    if ((await https.isChecked()) !== (variant === 'https')) await https.click();
    if (variant === 'custom') {
      await dialog.getByRole('radio', { name: 'Inline preview' }).check();
      await dialog.getByRole('radio', { name: /Custom domain files\.cos-example\.localhost/ }).check();
    }
    if (variant === 'https') {
      // verify every link after the export, from the browser (COS's HEAD through the page presigner)
      const verify = dialog.getByRole('combobox', { name: 'Verify links' });
      await verify.focus();
      await verify.press('Enter');
      // antd renders only the options around the active one for screen readers: walk there by keyboard
      await expect(verify).toHaveAttribute('aria-expanded', 'true');
      await verify.press('ArrowDown');
      await verify.press('ArrowDown');
      await verify.press('Enter');
      await expect(dialog.getByTitle('All (up to 20,000)')).toBeVisible();
    }
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const rows = csvRows(await fileOf(await downloading));
    await expect(dialog.getByRole('status').first()).toContainText(`Exported ${tricky.length} links`);
    if (variant === 'https') {
      await expect(dialog.getByText(`All ${tricky.length} checked links work.`)).toBeVisible({
        timeout: 30_000,
      });
    }
    expect(rows.map((r) => r.key).sort()).toEqual(tricky.map((e) => e.key).sort());
    for (const row of rows) {
      const url = new URL(row.url!);
      expect(url.protocol).toBe(variant === 'https' ? 'https:' : 'http:');
      expect(url.hostname).toBe(variant === 'custom' ? HOST.custom : HOST.default);
      expect(url.searchParams.get('q-sign-algorithm')).toBe('sha1');
      expect(url.searchParams.get('x-cos-security-token')).toBeTruthy();
      const res = await loopbackRequest(row.url!);
      expect(res.status, row.key).toBe(200);
      expect(md5(res.body)).toBe(tricky.find((e) => e.key === row.key)!.md5Hex);
      const disposition = String(res.headers['content-disposition']);
      if (variant === 'custom') expect(disposition).toBe('inline');
      else expect(disposition).toMatch(/^attachment; filename=/);
    }
    const tampered = rows[0]!.url!.replace(/(q-signature=)([0-9a-f])/, (_, p: string, c: string) =>
      p.concat(c === '0' ? '1' : '0'),
    );
    const refused = await loopbackRequest(tampered);
    expect(refused.status).toBe(403);
    expect(refused.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });
}

test('10,000 COS objects through failing list pages and two key expiries: each key once, all work', async ({
  page,
}) => {
  test.setTimeout(240_000);
  upsertSyntheticFolder(cosDataDir(), { bucket: BUCKET, prefix: BIG, count: 10_000, lastModified: 0 });
  // slow enough pages (~1.5 s each) that the expiries land while the export runs
  await faults({ listFailEvery: 7, listFailMode: '503', listLatencyMs: 1500 }, 'cos');
  const dialog = await openExport(page, BIG);
  const downloading = page.waitForEvent('download', { timeout: 180_000 });
  await dialog.getByRole('button', { name: 'Start export' }).click();
  // keys issued so far stop working twice while the export runs
  for (const atLeast of [/Listed [2-9],\d{3}\b/, /Listed [5-9],\d{3}\b/]) {
    await expect(dialog.getByText(atLeast)).toBeVisible({ timeout: 90_000 });
    await faults('expire-tokens', 'cos');
  }
  const text = await fileOf(await downloading);
  const rows = csvRows(text);
  const keys = rows.map((r) => r.key!);
  expect(keys).toEqual(Array.from({ length: 10_000 }, (_, i) => `${BIG}${String(i).padStart(9, '0')}.txt`));
  await expect(dialog.getByTestId('export-counts')).toHaveText(
    'Objects in: 10,000 · rows in the file: 10,000',
  );
  // rows signed after each renewal carry the new key
  const tokens = new Set(rows.map((r) => new URL(r.url!).searchParams.get('x-cos-security-token')));
  expect(tokens.size).toBeGreaterThanOrEqual(3);
  await faults('reset', 'cos');
  expect(await brokenLinks(rows, (key) => syntheticContent(BUCKET, key))).toEqual([]);
});

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(language, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 1800 } });
    test(`a COS export's summary names COS's default-domain rule, and the file re-signs (${language})`, async ({
      page,
    }) => {
      const zh = language === 'zh-CN';
      const name = zh ? '导出 URL 列表' : 'Export URL list';
      const dialog = await openExport(page, 'tricky/', name);
      // inline on the default domain: on a bucket made after 2024-01-01 COS serves these as downloads
      await dialog.getByRole('radio', { name: zh ? '在线预览' : 'Inline preview' }).check();
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: zh ? '开始导出' : 'Start export' }).click();
      const text = await fileOf(await downloading);
      expect(csvRows(text)).toHaveLength(tricky.length);
      await expect(
        dialog.getByText(zh ? /2024 年 1 月 1 日后创建的存储桶/ : /buckets created after 1 January 2024/),
      ).toBeVisible();
      const axe = await new AxeBuilder({ page }).include('.ant-modal').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/cos-export-summary-${language}.png`, fullPage: true });
      // the same file back as a list to re-sign: every COS link reads back as its key
      await dialog.getByRole('tab', { name: zh ? '重新签名列表' : 'Re-sign a list' }).click();
      const file = join(tmpdir(), `cos-export-${language}.csv`);
      writeFileSync(file, text);
      await dialog.locator('input[type=file]').setInputFiles(file);
      await expect(dialog.getByTestId('resign-count')).toHaveText(
        zh ? `待签名 Key：${tricky.length} 个` : `${tricky.length} keys to sign`,
      );
      await expect(dialog.getByTestId('resign-problems')).toHaveCount(0);
    });
  });
}
