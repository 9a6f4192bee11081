// Export through the File System Access API, the path Chromium takes when it has showSaveFilePicker. A
// test cannot click a native save dialog, so the picker is answered with a real file handle from the
// origin-private file system: the export then streams through the browser's own FileSystemWritableFileStream
// exactly as into a file the operator chose. The file is read back and every link fetched.
import { createHash } from 'node:crypto';
import { expect, test } from './support/test';
import Papa from 'papaparse';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { seedManifest } from '../server/object-store/seed/seed-objects';

const tricky = seedManifest().filter((e) => e.bucket === 'examplebucket' && e.key.startsWith('tricky/'));
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

test('exports to a file chosen in the save picker, streamed through the File System Access API', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { showSaveFilePicker: unknown; pickedName?: string };
    w.showSaveFilePicker = async (options: { suggestedName: string }) => {
      w.pickedName = options.suggestedName;
      const dir = await navigator.storage.getDirectory();
      return dir.getFileHandle(options.suggestedName, { create: true });
    };
  });
  await page.goto(new URL('/b/examplebucket/tricky/', process.env.E2E_CONSOLE_URL).href);
  await page.getByRole('button', { name: 'Export URL list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export URL list' });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.getByRole('button', { name: 'Start export' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Exported ${tricky.length} links`);

  const { name, text } = await page.evaluate(async () => {
    const picked = (window as unknown as { pickedName: string }).pickedName;
    const dir = await navigator.storage.getDirectory();
    const file = await (await dir.getFileHandle(picked)).getFile();
    // ignoreBOM: keep the byte-order mark in the text, so the test sees what Excel sees
    return {
      name: picked,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer()),
    };
  });
  expect(downloads, 'no Blob download when the picker is there').toBe(0);
  expect(name).toMatch(/\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((r) => r.key).sort()).toEqual(tricky.map((e) => e.key).sort());
  for (const row of parsed.data) {
    const res = await loopbackRequest(row.url!);
    expect(res.status, row.key).toBe(200);
    expect(md5(res.body)).toBe(tricky.find((e) => e.key === row.key)!.md5Hex);
  }
});
