// Direct upload to a Tencent COS bucket from the console (cos-js-sdk-v5, loaded only when an upload
// starts): files and a multipart upload through a cut network that resumes sending only the missing
// parts, the overwrite question, a reload with dead credentials, in en-US and zh-CN. Every object is read
// back by an independent client (cos-nodejs-sdk-v5 in Node) and compared byte for byte.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { faults } from './support/faults';
import { consoleUrl } from './support/console';
import { readCosObject } from './support/cos-read';
import { expectSameBytes, fileRow, openUploadDrawer } from './support/upload';

const BUCKET = 'examplebucket-1250000000';
const MB = 1024 * 1024;

test.afterEach(async () => faults('reset', 'cos'));

const folder = (name: string) => `e2e-cos-upload/${name}-${Date.now().toString(36)}/`;

/** The folder's page, then its Upload drawer. */
async function openFolderUpload(page: Page, prefix: string, language?: 'zh-CN') {
  await page.goto(consoleUrl(`/b/${BUCKET}/${prefix}`));
  return openUploadDrawer(page, BUCKET, prefix, language);
}

async function expectStored(key: string, bytes: Buffer): Promise<void> {
  expectSameBytes(await readCosObject(BUCKET, key), key, bytes);
}

test('COS: upload files; a multipart upload survives a cut network, sending only the missing parts; the same name is asked about', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const prefix = folder('direct');
  const dir = mkdtempSync(join(tmpdir(), 'cos-upload-'));
  const small = Buffer.from('small file on COS ✓\n');
  const big = randomBytes(20 * MB);
  writeFileSync(join(dir, 'small.txt'), small);
  writeFileSync(join(dir, 'big.bin'), big);

  // the SDK is not part of the page until an upload starts
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const drawer = await openFolderUpload(page, prefix);

  const stored = new Set<number>();
  const sentAfterResume: number[] = [];
  let resumed = false;
  page.on('requestfinished', async (request) => {
    const part = /[?&]partNumber=(\d+)/.exec(request.url());
    if (!part || request.method() !== 'PUT') return;
    if ((await request.response())?.status() === 200) stored.add(Number(part[1]));
  });
  page.on('request', (request) => {
    const part = /[?&]partNumber=(\d+)/.exec(request.url());
    if (part && request.method() === 'PUT' && resumed) sentAfterResume.push(Number(part[1]));
  });

  await faults({ uploadPartFailAfter: 3, uploadPartFailMode: 'reset' }, 'cos');
  const before = scripts.length;
  await drawer
    .getByTestId('upload-files-input')
    .setInputFiles([join(dir, 'small.txt'), join(dir, 'big.bin')]);
  await expect(fileRow(drawer, `${prefix}small.txt`).getByText('Uploaded')).toBeVisible();
  const bigRow = fileRow(drawer, `${prefix}big.bin`);
  await expect(bigRow.getByText('Interrupted')).toBeVisible({ timeout: 30_000 });
  await expect(bigRow.getByText('in parts')).toBeVisible();
  // the upload client came in its own chunk, after the page was up
  expect(scripts.slice(before).some((u) => /cos-sdk-upload-client|cos-js-sdk/.test(u))).toBe(true);
  const storedBeforeResume = new Set(stored);
  expect(storedBeforeResume.size).toBeGreaterThanOrEqual(1);
  expect(storedBeforeResume.size).toBeLessThan(20);
  await page.screenshot({
    path: 'e2e/artifacts/screenshots/cos-upload-interrupted-en-US.png',
    fullPage: true,
  });

  // the network is back: the upload goes on by itself (or on Resume), sending only what is missing
  await expect(bigRow.getByRole('button', { name: `Resume upload of ${prefix}big.bin` })).toBeVisible();
  resumed = true;
  await faults('reset', 'cos');
  await expect(bigRow.getByText('Uploaded')).toBeVisible({ timeout: 60_000 });
  expect(sentAfterResume.filter((n) => storedBeforeResume.has(n))).toEqual([]);
  expect(new Set([...storedBeforeResume, ...sentAfterResume]).size).toBe(20);

  // the same name again: asked; "Keep both" stores it next to the first
  await drawer.getByTestId('upload-files-input').setInputFiles([join(dir, 'small.txt')]);
  const question = page.getByRole('dialog', { name: 'An object with this name exists' });
  await expect(question).toContainText(`${prefix}small.txt`);
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(fileRow(drawer, `${prefix}small (1).txt`).getByText('Uploaded')).toBeVisible();

  await expectStored(`${prefix}small.txt`, small);
  await expectStored(`${prefix}small (1).txt`, small);
  await expectStored(`${prefix}big.bin`, big);
  await drawer.getByRole('button', { name: 'Close' }).click();
  for (const name of ['small.txt', 'small (1).txt', 'big.bin']) {
    await expect(page.getByRole('table').getByText(name, { exact: true })).toBeVisible();
  }
});

test('COS: an interrupted multipart upload resumes after a reload, with a renewed temporary key', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const prefix = folder('reload');
  const dir = mkdtempSync(join(tmpdir(), 'cos-upload-'));
  const path = join(dir, 'movie.mp4');
  writeFileSync(path, randomBytes(20 * MB));
  const bytes = readFileSync(path);

  let drawer = await openFolderUpload(page, prefix);
  await faults({ uploadPartFailAfter: 4, uploadPartFailMode: 'reset' }, 'cos');
  await drawer.getByTestId('upload-files-input').setInputFiles([path]);
  await expect(fileRow(drawer, `${prefix}movie.mp4`).getByText('Interrupted')).toBeVisible({
    timeout: 30_000,
  });

  await page.reload();
  await faults({ uploadPartFailAfter: null }, 'cos');
  drawer = await openFolderUpload(page, prefix);
  const unfinished = drawer.getByRole('listitem', { name: `${prefix}movie.mp4`, exact: true });
  await expect(unfinished.getByText(/^[1-9]\d? of 20 parts stored · movie\.mp4, 20 MB$/)).toBeVisible();
  // the key the page holds dies before it goes on: the upload must renew it
  const brokerCalls: string[] = [];
  page.on('request', (r) => r.url().startsWith(process.env.E2E_BROKER_URL!) && brokerCalls.push(r.url()));
  await faults('expire-tokens', 'cos');
  const chooser = page.waitForEvent('filechooser');
  await unfinished.getByRole('button', { name: `Resume ${prefix}movie.mp4: pick the same file` }).click();
  await (await chooser).setFiles(path);
  await expect(fileRow(drawer, `${prefix}movie.mp4`).getByText('Uploaded')).toBeVisible({ timeout: 60_000 });
  expect(brokerCalls.filter((u) => u.includes('/sts')).length, 'key renewed').toBeGreaterThan(0);
  await expectStored(`${prefix}movie.mp4`, bytes);
});

test.describe('COS upload in zh-CN', () => {
  test.use({ locale: 'zh-CN' });
  test('the upload drawer on a COS bucket reads in Chinese and has no serious accessibility violation', async ({
    page,
  }) => {
    const prefix = folder('zh');
    const dir = mkdtempSync(join(tmpdir(), 'cos-upload-'));
    const bytes = Buffer.from('中文内容\n');
    writeFileSync(join(dir, '说明.txt'), bytes);
    const drawer = await openFolderUpload(page, prefix, 'zh-CN');
    await drawer.getByTestId('upload-files-input').setInputFiles([join(dir, '说明.txt')]);
    await expect(fileRow(drawer, `${prefix}说明.txt`, 'zh-CN').getByText('已上传')).toBeVisible();
    await expectStored(`${prefix}说明.txt`, bytes);
    const axe = await new AxeBuilder({ page }).include('.ant-drawer').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: 'e2e/artifacts/screenshots/cos-upload-zh-CN.png', fullPage: true });
  });
});
