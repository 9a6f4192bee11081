// Every key can be shared, exported and opened: control characters and "\" in attachment mode, `.`/`..`
// segments (which browsers resolve away), folders with an empty name, and names with bidi overrides or
// zero-width characters. The seed holds none of these: each test uploads its own objects (oss-write.ts).
// Every link is fetched from outside the browser (loopbackRequest) and, for dot segments, by the browser.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { consoleUrl, listing } from './support/console';
import { putObjects, runFolder } from './support/oss-write';

const BUCKET = 'examplebucket';
const SHOTS = 'e2e/artifacts/screenshots';

test.beforeEach(async ({ page }) => {
  // the Blob download path (Playwright sees it as a download); the picker needs a real user
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

/** A folder whose path has no dot segment, by its route. */
async function open(page: Page, prefix: string): Promise<void> {
  await page.goto(consoleUrl(`/b/${BUCKET}/${prefix.split('/').map(encodeURIComponent).join('/')}`));
  await expect(listing(page).getByRole('row').nth(1)).toBeVisible();
}

/** The listing row whose name cell reads exactly `text` (markers read as their labels). */
const rowNamed = (page: Page, text: string) =>
  listing(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell').nth(1).getByText(text, { exact: true }) });

async function exportFolder(page: Page, attachment: boolean): Promise<Array<Record<string, string>>> {
  await page.getByRole('button', { name: 'Export URL list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export URL list' });
  if (attachment) await dialog.getByRole('radio', { name: 'Attachment (download)' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  return rowsOf(await downloading);
}

async function rowsOf(download: Download): Promise<Array<Record<string, string>>> {
  const text = readFileSync((await download.path())!, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Status and body of each URL as the browser page fetches it (CORS and the WHATWG URL parser included). */
function browserFetch(page: Page, urls: string[]): Promise<Array<[number, string]>> {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(async (u) => {
          const res = await fetch(u);
          return [res.status, await res.text()] as [number, string];
        }),
      ),
    urls,
  );
}

async function sharedUrl(page: Page, row: Locator, attachment: boolean): Promise<string> {
  await row.getByRole('button', { name: 'Share' }).click();
  const panel = page.getByRole('dialog', { name: /^Share / });
  await expect(panel).toBeVisible();
  if (attachment) await panel.getByRole('radio', { name: 'Attachment (download)' }).check();
  const box = panel.getByRole('textbox', { name: 'Signed URL, full text' });
  await expect(box).toHaveValue(
    attachment ? /response-content-disposition=attachment/ : /^http.*[?&]x-oss-signature=/,
  );
  const url = await box.inputValue();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  return url;
}

test('keys with TAB, CR, LF, other controls and "\\" get attachment links, and the export has one row per object', async ({
  page,
}) => {
  const folder = runFolder('controls');
  const names = ['a\tb.txt', 'cr\r.txt', 'lf\n.txt', 'bell\u0007.txt', 'back\\slash.txt', 'plain.txt'];
  const objects = Object.fromEntries(names.map((n) => [`${folder}${n}`, `body of ${n}`]));
  await putObjects(BUCKET, { ...objects, [`${folder}marker/`]: '' });
  await open(page, folder);

  // one link from the panel, in attachment mode: a safe file name, not a refusal
  const url = await sharedUrl(page, rowNamed(page, 'aTABb.txt'), true);
  const one = await loopbackRequest(url);
  expect(one.status).toBe(200);
  expect(one.body.toString()).toBe('body of a\tb.txt');
  expect(one.headers['content-disposition']).toBe('attachment; filename="a_b.txt"');

  // the whole folder: count in = count out, every link works and downloads under a safe name
  const rows = await exportFolder(page, true);
  expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(objects).sort());
  for (const row of rows) {
    const res = await loopbackRequest(row.url!);
    expect(res.status, JSON.stringify(row.key)).toBe(200);
    expect(res.body.toString()).toBe(objects[row.key!]);
    // eslint-disable-next-line no-control-regex -- a header with a control character would be broken
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[^\u0000-\u001f]+"/);
  }
  const dialog = page.getByRole('dialog', { name: 'Export URL list' });
  await expect(dialog.getByRole('status')).toContainText(`Exported ${names.length} links`);
  await expect(dialog.getByTestId('export-counts')).toHaveText(
    `Objects in: ${names.length} · rows in the file: ${names.length} · empty-folder markers (not files, no row): 1`,
  );
  await expect(dialog.getByText(/could not be signed/)).toHaveCount(0);
  // at defaults (a 3600 s link, the broker's 3600 s maximum) no row counts as cut short by the
  // credentials: they end a moment before the link, within the clock-skew margin
  await expect(dialog.getByLabel('Validity', { exact: true })).toHaveValue('3600');
  await expect(dialog.getByTestId('export-warning-credentials-shorter')).toHaveCount(0);
  await expect(dialog.getByTestId('export-warning-unsignable')).toHaveCount(0);
  await dialog.getByTestId('export-counts').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/keys-export-summary-en-US.png` });
});

test('keys with "." and ".." segments open as folders, sign, and fetch from the browser and from outside', async ({
  page,
}) => {
  const folder = runFolder('dots');
  const objects = {
    [`${folder}a/../b.txt`]: 'b under a/..',
    [`${folder}../up.txt`]: 'up under ..',
    [`${folder}./here.txt`]: 'here under .',
    [`${folder}plain.txt`]: 'plain',
  };
  await putObjects(BUCKET, objects);
  await open(page, folder);
  for (const name of ['..', '.', 'a', 'plain.txt']) await expect(rowNamed(page, name)).toBeVisible();

  // the folder named "..": the console's own route keeps it (the browser would resolve a plain "/../")
  await rowNamed(page, '..').getByRole('link', { name: '..', exact: true }).click();
  await expect(rowNamed(page, 'up.txt')).toBeVisible();
  expect(new URL(page.url()).pathname.endsWith('/..%2F')).toBe(true);
  await expect(
    page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: '..' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(rowNamed(page, 'up.txt')).toBeVisible();
  const upUrl = await sharedUrl(page, rowNamed(page, 'up.txt'), false);
  expect(upUrl).toContain('/..%2Fup.txt?');
  expect(await browserFetch(page, [upUrl])).toEqual([[200, 'up under ..']]);
  const outside = await loopbackRequest(upUrl);
  expect([outside.status, outside.body.toString()]).toEqual([200, 'up under ..']);

  // a/../b.txt: folder a, then its folder ".."
  await open(page, folder);
  await rowNamed(page, 'a').getByRole('link').click();
  await rowNamed(page, '..').getByRole('link').click();
  await expect(rowNamed(page, 'b.txt')).toBeVisible();

  // the whole folder exported: each key once, each link works from the browser and from outside
  await open(page, folder);
  const rows = await exportFolder(page, false);
  expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(objects).sort());
  const fetched = await browserFetch(
    page,
    rows.map((r) => r.url!),
  );
  expect(fetched).toEqual(rows.map((r) => [200, objects[r.key!]]));
  for (const row of rows) {
    const res = await loopbackRequest(row.url!);
    expect([res.status, res.body.toString()], row.key).toEqual([200, objects[row.key!]]);
  }
});

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(language, () => {
    test.use({ locale: language });
    const zh = language === 'zh-CN';

    test(`a folder with an empty name has a label and a target, in the table and the path (${language})`, async ({
      page,
    }) => {
      const folder = runFolder(`empty-${language}`);
      await putObjects(BUCKET, { [`${folder}a//b.txt`]: 'b', [`${folder}a//c/d.txt`]: 'd' });
      await open(page, `${folder}a/`);
      const label = zh ? '（空名称）' : '(empty name)';
      await rowNamed(page, label).getByRole('link', { name: label }).click();
      await expect(rowNamed(page, 'b.txt')).toBeVisible();
      expect(new URL(page.url()).pathname.endsWith('/a//')).toBe(true);
      await rowNamed(page, 'c').getByRole('link').click();
      await expect(rowNamed(page, 'd.txt')).toBeVisible();
      const path = page.getByRole('navigation', { name: zh ? '文件夹路径' : 'Folder path' });
      const crumb = path.getByRole('link', { name: label });
      await expect(crumb).toBeVisible();
      expect((await crumb.boundingBox())!.width).toBeGreaterThan(20);
      await page.screenshot({ path: `${SHOTS}/keys-empty-folder-${language}.png`, fullPage: true });
      await crumb.click();
      await expect(rowNamed(page, 'b.txt')).toBeVisible();
    });

    test(`bidi overrides and zero-width characters show as markers in the table and the path (${language})`, async ({
      page,
    }) => {
      const folder = runFolder(`bidi-${language}`);
      await putObjects(BUCKET, {
        [`${folder}\u202Egnp.exe`]: 'not a picture',
        [`${folder}invoice\u200B.pdf`]: 'zero width',
        [`${folder}fd\u202Eredlo/inner.txt`]: 'inside',
      });
      await open(page, folder);
      // the override is not applied: the name reads in logical order, with a visible marker
      const exe = rowNamed(page, 'RLOgnp.exe');
      await expect(exe).toBeVisible();
      const nameCell = exe.getByRole('cell').nth(1);
      expect(await nameCell.textContent()).not.toContain('\u202E');
      await expect(nameCell.getByTestId('hidden-character')).toHaveText('RLO');
      await expect(nameCell.getByTestId('hidden-character')).toHaveAttribute('title', /U\+202E/);
      await expect(rowNamed(page, 'invoiceZWSP.pdf')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/keys-bidi-${language}.png`, fullPage: true });

      await rowNamed(page, 'fdRLOredlo').getByRole('link').click();
      await expect(rowNamed(page, 'inner.txt')).toBeVisible();
      const crumb = page
        .getByRole('navigation', { name: zh ? '文件夹路径' : 'Folder path' })
        .getByRole('link', { name: /^fd ?RLO ?redlo$/ });
      await expect(crumb.getByTestId('hidden-character')).toHaveText('RLO');
      expect(await crumb.textContent()).not.toContain('\u202E');
    });
  });
}
