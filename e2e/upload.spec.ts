// Authorized upload as an operator does it: an upload link handed to someone else, and direct upload of
// files and folders with the console's STS credentials — through a cut network, a reload and dead
// credentials. Every object is read back by an independent client (ali-oss in Node) and compared byte
// for byte.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { faults } from './support/faults';
import { consoleUrl } from './support/console';
import { readObject, sdkUploadUrl } from './support/oss-read';
import { expectSameBytes, fileRow, openUploadDrawer } from './support/upload';

const MB = 1024 * 1024;

test.afterEach(async () => faults('reset'));

/** A fresh folder per test: uploads never meet another test's objects. */
const folder = (name: string) => `e2e-upload/${name}-${Date.now().toString(36)}/`;

async function openBucketFolder(page: Page, bucket: string, prefix: string): Promise<void> {
  await page.goto(consoleUrl(`/b/${bucket}/${prefix.split('/').map(encodeURIComponent).join('/')}`));
  await expect(page.getByRole('button', { name: 'Upload link' })).toBeVisible();
}

async function expectStored(bucket: string, key: string, bytes: Buffer): Promise<void> {
  expectSameBytes(await readObject(bucket, key), key, bytes);
}

test('an upload link lets a third party upload one file with the bound Content-Type, until it expires', async ({
  page,
}) => {
  const prefix = folder('link');
  await openBucketFolder(page, 'examplebucket', prefix);
  await page.getByRole('button', { name: 'Upload link' }).click();
  const drawer = page.getByRole('dialog', { name: 'Upload link for examplebucket' });
  await drawer.getByLabel('Object key').fill(`${prefix}report.txt`);
  await drawer.getByRole('button', { name: 'Add random suffix' }).click();
  await expect(drawer.getByLabel('Object key')).toHaveValue(`${prefix}report-{random}.txt`);
  await drawer.getByLabel('Content-Type the uploader must send').fill('text/plain');
  await drawer.getByLabel('Validity').fill('60');
  await expect(drawer.getByText(/Anyone holding this link can upload to/)).toBeVisible();
  await expect(drawer.getByText('Not permitted: this link will be refused')).toHaveCount(0);
  const key = (await drawer.getByTestId('upload-link-key').textContent())!;
  expect(key).toMatch(new RegExp(`^${prefix}report-[0-9a-hjkmnp-tv-z]{12}\\.txt$`));
  // the URL is re-signed as the options settle: wait for the one with the chosen Content-Type and validity
  const urlBox = drawer.getByRole('textbox', { name: 'Upload URL' });
  await expect(urlBox).toHaveValue(/[?&]x-oss-expires=60&/);
  const url = await urlBox.inputValue();
  // the action bar offers exactly that link
  await expect(drawer.getByRole('status', { name: 'Upload URL', exact: true })).toHaveText(url);
  expect(url.startsWith(`https://examplebucket.oss-cn-local.localhost:`)).toBe(true);
  const curl = await drawer.getByLabel('curl command').inputValue();
  expect(curl).toBe(`curl -X PUT -H 'Content-Type: text/plain' --upload-file FILE '${url}'`);
  await page.screenshot({ path: 'e2e/artifacts/screenshots/upload-link-en-US.png', fullPage: true });

  // a different Content-Type than the one signed in: refused, nothing written
  const wrong = await loopbackRequest(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: 'nope',
  });
  expect(wrong.status).toBe(403);
  expect(wrong.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  expect(await readObject('examplebucket', key)).toBe('NoSuchKey');

  // the recipient runs the fetch snippet in a browser page (a real cross-origin PUT, CORS and all)
  const snippet = await drawer.getByLabel('fetch snippet (JavaScript)').inputValue();
  const content = `report from a third party, ${new Date().toISOString()} 中文\n`;
  const status = await page.evaluate(
    async ({ code, text }) => {
      const file = new Blob([text], { type: 'text/plain' });
      const run = new Function('file', `return (async () => { ${code}; return response.status; })();`);
      return (await run(file)) as number;
    },
    { code: snippet, text: content },
  );
  expect(status).toBe(200);
  await expectStored('examplebucket', key, Buffer.from(content));

  // a minute and a second later (oss-local's clock moved on) the same link is refused
  await faults({ requestClockOffsetMs: 61_000 });
  const late = await loopbackRequest(url, {
    method: 'PUT',
    headers: { 'content-type': 'text/plain' },
    body: 'too late',
  });
  expect(late.status).toBe(403);
  expect(late.body.toString()).toMatch(/<Code>AccessDenied<\/Code>[\s\S]*expired/i);
  await expectStored('examplebucket', key, Buffer.from(content));
});

test('a bucket with read-only credentials: upload is off and an upload link is marked not permitted', async ({
  page,
}) => {
  await openBucketFolder(page, 'public-bucket', '');
  await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Upload link' }).click();
  const drawer = page.getByRole('dialog', { name: 'Upload link for public-bucket' });
  await expect(
    drawer.getByRole('alert').filter({ hasText: 'Not permitted: this link will be refused' }),
  ).toBeVisible();
  await drawer.getByLabel('Object key').fill('incoming/attempt.txt');
  await drawer.getByLabel('Content-Type the uploader must send').fill('text/plain');
  // no URL to copy: only the explanation and the fix
  const bar = drawer.getByRole('status', { name: 'Upload URL', exact: true });
  await expect(bar).toHaveAttribute('data-state', 'blocked');
  await expect(bar).toHaveText(/^No link yet: Not permitted/);
  await expect(drawer.getByRole('button', { name: 'Copy URL' })).toBeDisabled();
  await expect(drawer.getByRole('textbox', { name: 'Upload URL' })).toHaveCount(0);
  // the console's mark is right: the same link signed by the official SDK is refused by the token's policy
  const attempt = await loopbackRequest(
    await sdkUploadUrl('public-bucket', 'incoming/attempt.txt', 'text/plain'),
    {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'should not land',
    },
  );
  expect(attempt.status).toBe(403);
  expect(attempt.body.toString()).toContain('<Code>AccessDenied</Code>');
  expect(await readObject('public-bucket', 'incoming/attempt.txt')).toBe('NoSuchKey');
});

test('upload files and a folder; a multipart upload survives a cut network; names are never overwritten silently', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const prefix = folder('direct');
  const dir = mkdtempSync(join(tmpdir(), 'oss-link-upload-'));
  const small = Buffer.from('small file ✓\n');
  const picture = randomBytes(300 * 1024);
  const big = randomBytes(20 * MB);
  writeFileSync(join(dir, 'small.txt'), small);
  writeFileSync(join(dir, 'picture.png'), picture);
  writeFileSync(join(dir, 'big.bin'), big);
  const tree = join(dir, '资料 2024');
  mkdirSync(join(tree, 'sub', '深 层'), { recursive: true });
  const nested = {
    '资料 2024/a.csv': Buffer.from('a,b\n1,2\n'),
    '资料 2024/sub/深 层/说明.txt': Buffer.from('嵌套的中文文件\n'),
  };
  for (const [path, bytes] of Object.entries(nested)) writeFileSync(join(dir, path), bytes);

  await openBucketFolder(page, 'examplebucket', prefix);
  const drawer = await openUploadDrawer(page, 'examplebucket', prefix);
  // parts in flight are counted from the browser: which part numbers were stored before the cut
  const stored = new Set<number>();
  const sentAfterResume: number[] = [];
  let resumed = false;
  page.on('requestfinished', async (request) => {
    const part = /[?&]partNumber=(\d+)/.exec(request.url());
    if (!part || request.method() !== 'PUT') return;
    const response = await request.response();
    if (response?.status() === 200) stored.add(Number(part[1]));
  });
  page.on('request', (request) => {
    const part = /[?&]partNumber=(\d+)/.exec(request.url());
    if (part && request.method() === 'PUT' && resumed) sentAfterResume.push(Number(part[1]));
  });

  await faults({ uploadPartFailAfter: 6, uploadPartFailMode: 'reset' });
  await drawer
    .getByTestId('upload-files-input')
    .setInputFiles([join(dir, 'small.txt'), join(dir, 'picture.png'), join(dir, 'big.bin')]);
  await expect(fileRow(drawer, `${prefix}small.txt`).getByText('Uploaded')).toBeVisible();
  await expect(fileRow(drawer, `${prefix}picture.png`).getByText('Uploaded')).toBeVisible();
  const bigRow = fileRow(drawer, `${prefix}big.bin`);
  await expect(bigRow.getByText('Interrupted')).toBeVisible({ timeout: 30_000 });
  await expect(bigRow.getByText('in parts')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/screenshots/upload-interrupted-en-US.png', fullPage: true });
  const storedBeforeResume = new Set(stored);
  expect(storedBeforeResume.size).toBeGreaterThanOrEqual(1);
  expect(storedBeforeResume.size).toBeLessThan(20);

  // Resume is offered; without a click the upload goes on by itself once OSS answers again (backoff)
  await expect(bigRow.getByRole('button', { name: `Resume upload of ${prefix}big.bin` })).toBeVisible();
  resumed = true;
  await faults('reset');
  await expect(bigRow.getByText('Uploaded')).toBeVisible({ timeout: 60_000 });
  await expect(bigRow.getByText(/no answer|network/i)).toHaveCount(0); // the stale error is gone
  // only the missing parts went out again
  expect(sentAfterResume.filter((n) => storedBeforeResume.has(n))).toEqual([]);
  expect(new Set([...storedBeforeResume, ...sentAfterResume]).size).toBe(20);

  // a folder with nested paths and Chinese names keeps its structure
  await drawer.getByTestId('upload-folder-input').setInputFiles(tree);
  for (const path of Object.keys(nested)) {
    await expect(fileRow(drawer, prefix + path).getByText('Uploaded')).toBeVisible();
  }

  // files dropped on the drop zone go the same way
  const dropped = Buffer.from('dropped on the zone\n');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, dropped.toString());
  await drawer.getByRole('region', { name: 'Drop files or folders here' }).dispatchEvent('drop', {
    dataTransfer: transfer,
  });
  await expect(fileRow(drawer, `${prefix}dropped.txt`).getByText('Uploaded')).toBeVisible();

  // the same name again: asked, and "Keep both" stores it next to the first
  await drawer.getByTestId('upload-files-input').setInputFiles([join(dir, 'small.txt')]);
  const question = page.getByRole('dialog', { name: 'An object with this name exists' });
  await expect(question).toContainText(`${prefix}small.txt`);
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(fileRow(drawer, `${prefix}small (1).txt`).getByText('Uploaded')).toBeVisible();

  for (const [key, bytes] of [
    [`${prefix}small.txt`, small],
    [`${prefix}small (1).txt`, small],
    [`${prefix}picture.png`, picture],
    [`${prefix}dropped.txt`, dropped],
    [`${prefix}big.bin`, big],
    ...Object.entries(nested).map(([path, b]) => [prefix + path, b] as const),
  ] as const) {
    await expectStored('examplebucket', key, bytes);
  }

  // the listing refreshed by itself, and a new object can be shared at once
  await drawer.getByRole('button', { name: `Share ${prefix}small (1).txt` }).click();
  const share = page.getByRole('dialog', { name: 'Share small (1).txt' });
  const link = await share.getByLabel('Signed URL, full text').inputValue();
  const got = await loopbackRequest(link);
  expect(got.status).toBe(200);
  expect(got.body.equals(small)).toBe(true);
  await share.getByRole('button', { name: 'Close' }).click();
  await drawer.getByRole('button', { name: 'Close' }).click();
  for (const name of ['small.txt', 'small (1).txt', 'picture.png', 'big.bin', '资料 2024']) {
    await expect(page.getByRole('table').getByText(name, { exact: true })).toBeVisible();
  }
});

test('an interrupted multipart upload resumes after a reload, with renewed credentials', async ({ page }) => {
  test.setTimeout(180_000);
  const prefix = folder('reload');
  const dir = mkdtempSync(join(tmpdir(), 'oss-link-upload-'));
  const path = join(dir, 'movie.mp4');
  writeFileSync(path, randomBytes(20 * MB));
  const bytes = readFileSync(path);

  await openBucketFolder(page, 'examplebucket', prefix);
  let drawer = await openUploadDrawer(page, 'examplebucket', prefix);
  await faults({ uploadPartFailAfter: 8, uploadPartFailMode: '503' });
  await drawer.getByTestId('upload-files-input').setInputFiles([path]);
  await expect(fileRow(drawer, `${prefix}movie.mp4`).getByText('Interrupted')).toBeVisible({
    timeout: 30_000,
  });

  // the tab reloads: the console remembers the unfinished upload (no secret kept) and asks for the file
  await page.reload();
  await faults({ uploadPartFailAfter: null });
  drawer = await openUploadDrawer(page, 'examplebucket', prefix);
  const unfinished = drawer.getByRole('listitem', { name: `${prefix}movie.mp4`, exact: true });
  await expect(unfinished.getByText(/^[1-9]\d? of 20 parts stored · movie\.mp4, 20 MB$/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/screenshots/upload-unfinished-en-US.png', fullPage: true });
  // and the credentials the page holds die before it goes on: the upload must renew them
  const brokerCalls: string[] = [];
  page.on('request', (r) => r.url().startsWith(process.env.E2E_BROKER_URL!) && brokerCalls.push(r.url()));
  await faults('expire-tokens');
  const chooser = page.waitForEvent('filechooser');
  await unfinished.getByRole('button', { name: `Resume ${prefix}movie.mp4: pick the same file` }).click();
  await (await chooser).setFiles(path);
  const row = fileRow(drawer, `${prefix}movie.mp4`);
  await expect(row.getByText('Uploaded')).toBeVisible({ timeout: 60_000 });
  expect(brokerCalls.filter((u) => u.includes('/sts')).length, 'credentials renewed').toBeGreaterThan(0);
  await expectStored('examplebucket', `${prefix}movie.mp4`, bytes);
  await expect(drawer.getByText(/unfinished upload\(s\) from an earlier session/)).toHaveCount(0);
});

test('cancelling an upload stops it and leaves nothing behind', async ({ page }) => {
  const prefix = folder('cancel');
  await openBucketFolder(page, 'examplebucket', prefix);
  const drawer = await openUploadDrawer(page, 'examplebucket', prefix);
  // upload requests (parts, complete, abort) still on the wire
  const inFlight = new Set<object>();
  page.on('request', (r) => {
    if (r.url().includes('uploadId=') || r.url().includes('uploads')) inFlight.add(r);
  });
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  await faults({ uploadPartLatencyMs: 1000 }); // 12 parts, 3 at a time: about 4 s to cancel in
  await drawer.getByTestId('upload-files-input').setInputFiles({
    name: 'large.iso',
    mimeType: 'application/octet-stream',
    buffer: randomBytes(12 * MB),
  });
  const row = fileRow(drawer, `${prefix}large.iso`);
  const percent = async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));
  await expect.poll(percent, { timeout: 30_000, intervals: [100] }).toBeGreaterThan(0);
  await row.getByRole('button', { name: `Cancel upload of ${prefix}large.iso` }).click();
  await expect(row.getByText('Cancelled')).toBeVisible();
  await faults('reset');
  // parts already in flight land (or fail); none may complete the object
  await expect.poll(() => inFlight.size, { timeout: 15_000 }).toBe(0);
  expect(await readObject('examplebucket', `${prefix}large.iso`)).toBe('NoSuchKey');
  await page.reload();
  await openUploadDrawer(page, 'examplebucket', prefix);
  await expect(page.getByText(/unfinished upload\(s\) from an earlier session/)).toHaveCount(0);
});

test('an upload cut by going offline says so, and resumes by itself when the browser is back online', async ({
  page,
  context,
}) => {
  const prefix = folder('offline');
  await openBucketFolder(page, 'examplebucket', prefix);
  const drawer = await openUploadDrawer(page, 'examplebucket', prefix);
  await faults({ uploadPartLatencyMs: 300 }); // time to go offline mid-upload
  await drawer.getByTestId('upload-files-input').setInputFiles({
    name: 'trip.mov',
    mimeType: 'video/quicktime',
    buffer: randomBytes(12 * MB),
  });
  const row = fileRow(drawer, `${prefix}trip.mov`);
  const percent = async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));
  await expect.poll(percent, { timeout: 30_000, intervals: [100] }).toBeGreaterThan(0);
  await context.setOffline(true);
  await expect(row.getByText('Interrupted')).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText(/This computer is offline/)).toBeVisible();
  await context.setOffline(false);
  await expect(row.getByText('Uploaded')).toBeVisible({ timeout: 60_000 });
  await expect(row.getByText(/This computer is offline/)).toHaveCount(0);
  expect(await readObject('examplebucket', `${prefix}trip.mov`)).toBeInstanceOf(Buffer);
});
