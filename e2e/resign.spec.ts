// Re-sign a list, as an operator does it: bring back a previous export (CSV, plain text, JSON Lines) or
// paste signed URLs, get fresh links for the same keys. Tricky keys (a real leading apostrophe, a formula,
// a TAB, a dot segment) come back exactly; lines that cannot be used are reported by number and skipped;
// nothing signed means no file. Every link is fetched from outside the browser (loopbackRequest).
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { consoleUrl } from './support/console';
import { putObjects, runFolder } from './support/oss-write';

const BUCKET = 'examplebucket';
const SHOTS = 'e2e/artifacts/screenshots';

test.beforeEach(async ({ page }) => {
  // the Blob download path (Playwright sees it as a download); the picker needs a real user
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

const TEXT = {
  'en-US': {
    export: 'Export URL list',
    tab: 'Re-sign a list',
    paste: 'Or paste signed URLs or keys, one per line',
    start: 'Start export',
    format: { csv: 'CSV', txt: 'Plain text (one URL per line)', jsonl: 'JSON Lines' },
  },
  'zh-CN': {
    export: '导出 URL 列表',
    tab: '重新签名列表',
    paste: '或粘贴签名 URL 或文件名（Key），每行一个',
    start: '开始导出',
    format: { csv: 'CSV', txt: '纯文本（每行一个 URL）', jsonl: 'JSON Lines' },
  },
} as const;

type Format = keyof (typeof TEXT)['en-US']['format'];

async function openDialog(page: Page, folder: string, language: keyof typeof TEXT = 'en-US') {
  await page.goto(consoleUrl(`/b/${BUCKET}/${folder.split('/').map(encodeURIComponent).join('/')}`));
  await page.getByRole('button', { name: TEXT[language].export }).click();
  const dialog = page.getByRole('dialog', { name: TEXT[language].export });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Keys out of an exported file, by its format (JSON Lines and CSV carry them; plain text has URLs only). */
function fileText(download: Download): Promise<string> {
  return download.path().then((p) => readFileSync(p!, 'utf8'));
}

function csvRows(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function start(page: Page, dialog: Locator, language: keyof typeof TEXT = 'en-US'): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: TEXT[language].start }).click();
  return downloading;
}

/** What a reader of our CSV does to a cell (the README documents it): drop one guard apostrophe. */
const removeGuard = (cell: string) => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell);

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Every row's link gives the object's bytes. */
async function expectLinksWork(rows: Array<Record<string, string>>, objects: Record<string, string>) {
  for (const row of rows) {
    const res = await loopbackRequest(row.url!);
    expect([res.status, res.body.toString()], JSON.stringify(row.key)).toEqual([200, objects[row.key!]]);
  }
}

test('a previous export, in each format, re-signs to the same keys: "\'=x", a formula, a TAB, a dot segment', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // the formula guard only touches a cell's first character: these keys sit at the bucket's root
  const id = Date.now().toString(36);
  const folder = `e2e-resign-${id}/`;
  const rootKeys = [`'=x-${id}.txt`, `=SUM(A1)-${id}.txt`];
  const inFolder = ['tab\there.txt', 'dots/../up.txt', '中文 报告.txt', "it's.txt"].map(
    (n) => `${folder}${n}`,
  );
  const objects = Object.fromEntries([...rootKeys, ...inFolder].map((k) => [k, `body of ${k}`]));
  await putObjects(BUCKET, objects);
  const keys = Object.keys(objects).sort();

  // select the two root objects and the folder, finding each with the search box
  await page.goto(consoleUrl(`/b/${BUCKET}/`));
  const search = page.getByRole('searchbox', { name: 'Search by key prefix' });
  for (const [name, label] of [
    [rootKeys[0]!, `Select ${rootKeys[0]}`],
    [rootKeys[1]!, `Select ${rootKeys[1]}`],
    [folder.slice(0, -1), `Select folder e2e-resign-${id} and everything in it`],
  ] as const) {
    await search.fill(name);
    await search.press('Enter');
    await page.getByRole('checkbox', { name: label, exact: true }).check();
  }
  await expect(page.getByText('2 objects and 1 folder with everything in it selected')).toBeVisible();

  for (const format of ['csv', 'txt', 'jsonl'] as const satisfies readonly Format[]) {
    // export the selection in this format
    await page.getByRole('button', { name: 'Export URL list' }).click();
    let dialog = page.getByRole('dialog', { name: 'Export URL list' });
    await dialog.getByRole('radio', { name: TEXT['en-US'].format[format] }).check();
    const exported = await fileText(await start(page, dialog));
    await closeDialog(page, dialog);
    const file = join(tmpdir(), `resign-${id}.${format}`);
    writeFileSync(file, exported);
    if (format === 'csv') {
      // the guard, as the file shows it: one apostrophe before the real one and before the formula
      const cells = csvRows(exported).map((r) => r.key);
      expect(cells).toEqual(expect.arrayContaining([`''=x-${id}.txt`, `'=SUM(A1)-${id}.txt`]));
    }

    // bring it back as a list to re-sign, always to CSV
    await page.getByRole('button', { name: 'Export URL list' }).click();
    dialog = page.getByRole('dialog', { name: 'Export URL list' });
    await dialog.getByRole('tab', { name: TEXT['en-US'].tab }).click();
    await dialog.locator('input[type=file]').setInputFiles(file);
    await expect(dialog.getByTestId('resign-count')).toHaveText(`${keys.length} keys to sign`);
    await expect(dialog.getByTestId('resign-problems')).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'CSV' }).check();
    const rows = csvRows(await fileText(await start(page, dialog)));
    expect(rows.map((r) => removeGuard(r.key!)).sort(), format).toEqual(keys);
    await expectLinksWork(
      rows.map((r) => ({ ...r, key: removeGuard(r.key!) })),
      objects,
    );
    await expect(dialog.getByTestId('export-counts')).toHaveText(
      `Objects in: ${keys.length} · rows in the file: ${keys.length}`,
    );
    await closeDialog(page, dialog);
  }
});

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(language, () => {
    // tall enough that the dialog's list, problems and summary fit in one screenshot
    test.use({ locale: language, viewport: { width: 1280, height: 1800 } });
    test(`pasted links: bad lines reported by number, the rest re-signed; nothing signed, no file (${language})`, async ({
      page,
    }) => {
      const zh = language === 'zh-CN';
      const folder = runFolder(`paste-${language}`);
      const objects = { [`${folder}a.txt`]: 'a', [`${folder}b b.txt`]: 'b' };
      // and an empty folder's marker, which the export counts apart (no row)
      await putObjects(BUCKET, { ...objects, [`${folder}empty/`]: '' });

      // signed URLs of this bucket, from a plain-text export
      let dialog = await openDialog(page, folder, language);
      await dialog.getByRole('radio', { name: TEXT[language].format.txt }).check();
      const urls = (await fileText(await start(page, dialog, language))).trimEnd().split('\n');
      expect(urls).toHaveLength(2);
      await expect(dialog.getByTestId('export-counts')).toHaveText(
        zh
          ? '输入对象：2 · 文件中的行：2 · 空目录标记（不是文件，没有对应的行）：1'
          : 'Objects in: 2 · rows in the file: 2 · empty-folder markers (not files, no row): 1',
      );
      await page.screenshot({ path: `${SHOTS}/export-summary-${language}.png`, fullPage: true });

      const oss = new URL(process.env.E2E_OSS_HTTP!);
      const otherBucket = `http://public-bucket.${oss.hostname}:${oss.port}/public/hello.txt?Expires=1&Signature=SECRETSIG`;
      const pasted = [
        urls[0], // 1
        otherBucket, // 2
        'https://evil.example/a.txt?Signature=SECRETSIG', // 3
        'https://', // 4
        '/leading-slash.txt', // 5
        urls[1], // 6
        `${folder}never-existed.txt`, // 7 (reported after the run: no longer exists)
      ].join('\n');
      dialog = await openDialog(page, folder, language);
      await dialog.getByRole('tab', { name: TEXT[language].tab }).click();
      await dialog.getByLabel(TEXT[language].paste).fill(pasted);
      const problems = dialog.getByTestId('resign-problems');
      await expect(problems.getByRole('listitem')).toHaveText(
        zh
          ? [
              '第 2 行：是 Bucket public-bucket 的链接，不是 examplebucket 的。',
              '第 3 行：evil.example 不是 Bucket examplebucket 的域名。如果是，请在“设置 → 自定义域名”中添加。',
              '第 4 行：不是导出文件的行、签名 URL 或 Key。',
              '第 5 行：该 Key 以“/”或“\\”开头，OSS 不允许。',
            ]
          : [
              'Line 2: a link to bucket public-bucket, not examplebucket.',
              'Line 3: evil.example is not a domain of bucket examplebucket. If it is, add it under Settings → custom domains.',
              'Line 4: not a row of an export, a signed URL or a key.',
              'Line 5: the key starts with "/" or "\\", which OSS does not allow.',
            ],
      );
      // lines are reported, never dumped
      await expect(problems).not.toContainText('SECRETSIG');
      await expect(dialog.getByTestId('resign-count')).toHaveText(zh ? '待签名 Key：3 个' : '3 keys to sign');
      await dialog.getByRole('radio', { name: 'CSV' }).check();
      const rows = csvRows(await fileText(await start(page, dialog, language)));
      expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(objects).sort());
      await expectLinksWork(rows, objects);
      await expect(dialog.getByText(zh ? /1 个 Key 已不存在/ : /1 key no longer exists/)).toBeVisible();
      await dialog.getByTestId('export-counts').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/resign-result-${language}.png`, fullPage: true });

      // a list of which nothing can be signed: the run says so, and no file is offered
      let downloads = 0;
      page.on('download', () => (downloads += 1));
      await dialog.getByLabel(TEXT[language].paste).fill(`${folder}gone-1.txt\n${folder}gone-2.txt`);
      await dialog.getByRole('button', { name: TEXT[language].start }).click();
      await expect(
        dialog.getByText(
          zh
            ? '未生成文件：列表中没有可以签名的 Key。'
            : 'No file was written: nothing in the list could be signed.',
        ),
      ).toBeVisible();
      expect(downloads).toBe(0);
      await page.screenshot({ path: `${SHOTS}/resign-nothing-${language}.png`, fullPage: true });
    });
  });
}
