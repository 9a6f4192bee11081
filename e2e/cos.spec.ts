// The console on a Tencent COS bucket (cos-local, its own verifier; the broker's local-mode COS keys):
// the bucket picker names each bucket's cloud, the bucket lists through the console's own GET Bucket,
// and Copy File URL gives links that work from outside the browser for HTTP/HTTPS × default/custom/
// global-acceleration domain × inline/attachment; a tampered link is refused. A COS bucket with no CORS rule gets COS's
// rule and COS's console path, in en-US and zh-CN.
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { seedManifest } from '../server/object-store/seed/seed-objects';
import { E2E_PORTS } from './global-setup';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const BUCKET = 'examplebucket-1250000000';
// cos-local seeds its example bucket with the OSS example bucket's objects
const manifest = new Map(seedManifest().map((e) => [`${e.bucket}/${e.key}`, e]));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const consoleUrl = (path: string) => new URL(path, process.env.E2E_CONSOLE_URL).toString();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HOST = {
  default: `${BUCKET}.cos.ap-guangzhou.localhost`,
  custom: 'files.cos-example.localhost',
  accelerate: `${BUCKET}.cos.accelerate.localhost`,
};
const DOMAIN_OPTION = {
  default: /^Default domain \(examplebucket-1250000000\.cos\.ap-guangzhou\.localhost/,
  custom: /^Custom domain files\.cos-example\.localhost/,
  // the broker says the bucket has global acceleration on
  accelerate: /^Global acceleration \(examplebucket-1250000000\.cos\.accelerate\.localhost/,
};

async function openShare(page: Page, folder: string, name: string): Promise<Locator> {
  await page.goto(consoleUrl(`/b/${BUCKET}/${folder}`));
  const row = page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
  await row.getByRole('button', { name: 'Share' }).click();
  const panel = page.getByRole('dialog', { name: `Share ${name}` });
  await expect(panel).toBeVisible();
  return panel;
}

const linkBar = (panel: Locator) => panel.getByRole('status', { name: 'Signed URL', exact: true });

test('the bucket picker names each bucket’s cloud; a COS bucket lists its folders and objects', async ({
  page,
}) => {
  await page.goto(consoleUrl(`/b/${BUCKET}/`));
  await expect(page.getByTestId('bucket-cloud')).toHaveText('Tencent Cloud COS');
  const picker = page.getByRole('combobox', { name: 'Bucket' });
  await expect(picker.locator('option')).toContainText([
    'examplebucket · Alibaba Cloud OSS',
    `${BUCKET} · Tencent Cloud COS`,
  ]);
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'readme.txt' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'tricky' })).toBeVisible();
  await table.getByRole('link', { name: 'tricky' }).click();
  await expect(table.getByRole('row').filter({ hasText: '中文 文件.txt' })).toBeVisible();
  // prefix search goes to COS (GET Bucket with prefix) and lives in the route
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).fill('a');
  await expect(page).toHaveURL(/\/tricky\/\?q=a$/);
  await expect(table.getByRole('row')).toHaveCount(5);
  for (const name of ['a b.txt', 'a&b.txt', 'a+b.txt', 'a=b.txt'])
    await expect(table.getByRole('button', { name, exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).fill('');
  // direct upload is offered on COS as on OSS, next to Upload link and Export URL List
  await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload link' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Export/ })).toBeVisible();
  // back to an OSS bucket through the picker: its cloud is named, export is offered
  await picker.selectOption('examplebucket');
  await expect(page.getByTestId('bucket-cloud')).toHaveText('Alibaba Cloud OSS');
  await expect(page.getByRole('button', { name: /Export/ }).first()).toBeVisible();
});

test('copied COS links work from outside the browser for every scheme, host and disposition; tampered → 403', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const key = 'tricky/中文 文件.txt';
  const name = key.slice(key.lastIndexOf('/') + 1);
  const panel = await openShare(page, 'tricky/', name);
  // COS has one signature: no version choice, no OSS image processing
  await expect(panel.getByRole('radiogroup', { name: 'Signature version' })).toHaveCount(0);
  let tamperedOnce = false;
  for (const secure of [false, true]) {
    for (const domain of ['default', 'custom', 'accelerate'] as const) {
      for (const disposition of ['inline', 'attachment'] as const) {
        const https = panel.getByRole('switch', { name: 'HTTPS' });
        if (((await https.getAttribute('aria-checked')) === 'true') !== secure) await https.click();
        await panel.getByRole('radio', { name: DOMAIN_OPTION[domain] }).check();
        await panel
          .getByRole('radio', { name: disposition === 'inline' ? 'Inline preview' : 'Attachment (download)' })
          .check();
        const port = secure ? E2E_PORTS.cosHttpsPort : E2E_PORTS.cosPort;
        const origin = `${secure ? 'https' : 'http'}://${HOST[domain]}:${port}/`;
        const bar = linkBar(panel);
        await expect(bar).toHaveText(new RegExp(`^${escape(origin)}.*q-signature=`));
        await expect(bar).toHaveAttribute('data-state', 'ready');
        const shown = (await bar.textContent())!;
        await expect(panel.getByLabel('Signed URL, full text')).toHaveValue(shown);
        await panel.getByRole('button', { name: 'Copy URL' }).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
        const res = await loopbackRequest(shown);
        expect(res.status, `${shown}\n${res.body.toString()}`).toBe(200);
        expect(sha256(res.body)).toBe(manifest.get(`examplebucket/${key}`)!.sha256Hex);
        const cd = String(res.headers['content-disposition']);
        // examplebucket-1250000000 predates 2024: COS's forced download does not apply, but the panel
        // (which cannot see the bucket's age) says what a newer bucket does on its own domains
        await expect(
          panel.getByText(/^On buckets created on or after 1 January 2024, COS serves every file/),
        ).toHaveCount(disposition === 'inline' && domain !== 'custom' ? 1 : 0);
        if (disposition === 'inline') expect(cd).toBe('inline');
        else expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(cd)![1]!)).toBe(name);
        if (!tamperedOnce) {
          tamperedOnce = true;
          const tampered = await loopbackRequest(
            shown.replace(/q-signature=([0-9a-f])/, (_, c: string) => `q-signature=${c === '0' ? '1' : '0'}`),
          );
          expect(tampered.status).toBe(403);
          expect(tampered.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
          const other = await loopbackRequest(shown.replace(encodeURI('中文'), encodeURI('英文')));
          expect(other.status).toBe(403);
          expect(other.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
        }
      }
    }
  }
});

test('a COS bucket created in 2024 downloads inline links from its default domain, as the panel warns', async ({
  page,
}) => {
  const bucket = 'public-bucket-1250000000';
  await page.goto(consoleUrl(`/b/${bucket}/public/`));
  const row = page.getByRole('row').filter({ has: page.getByText('logo.png', { exact: true }) });
  await row.getByRole('button', { name: 'Share' }).click();
  const panel = page.getByRole('dialog', { name: 'Share logo.png' });
  await panel.getByRole('radio', { name: 'Inline preview' }).check();
  const bar = linkBar(panel);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(
    panel.getByText(/^On buckets created on or after 1 January 2024, COS serves every file/),
  ).toBeVisible();
  await expect(panel.getByTestId('preview-cos-note')).toBeVisible();
  const res = await loopbackRequest((await bar.textContent())!);
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toBe('attachment');
  expect(res.headers['x-cos-force-download']).toBe('true');
  await page.screenshot({ path: 'e2e/artifacts/screenshots/cos-forced-download-en-US.png', fullPage: true });
});

test('COS image processing: COS’s syntax is signed into the link; OSS’s is refused with the fix', async ({
  page,
}) => {
  const panel = await openShare(page, '', 'readme.txt');
  const bar = linkBar(panel);
  await panel.getByRole('button', { name: 'Advanced' }).click();
  const field = panel.getByLabel('Image processing (COS Cloud Infinite, e.g. imageMogr2/…)');
  // OSS's x-oss-process syntax: no link, and the panel says what COS takes
  await field.fill('image/resize,w_800');
  await expect(bar).toHaveText(
    /^No link yet: “image\/resize,w_800” is not a COS image-processing parameter\./,
  );
  await expect(bar).toContainText('imageMogr2/thumbnail/!50p');
  await panel.getByRole('button', { name: 'Resize for preview (800 px wide)' }).click();
  await expect(field).toHaveValue('imageMogr2/thumbnail/800x');
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const url = (await bar.textContent())!;
  expect(url).toMatch(/[?&]imageMogr2%2Fthumbnail%2F800x=(&|$)/);
  // the signature's UrlParamList names it URL-encoded and lower-cased, as COS documents
  expect(new URL(url).searchParams.get('q-url-param-list')?.split(';')).toContain(
    'imagemogr2%2fthumbnail%2f800x',
  );
  // cos-local checks the signature, then says it does not process images; a forged link is 403
  const res = await loopbackRequest(url);
  expect([res.status, /<Code>(\w+)</.exec(res.body.toString())?.[1]]).toEqual([501, 'NotImplemented']);
  const forged = await loopbackRequest(url.replace('thumbnail%2F800x', 'thumbnail%2F900x'));
  expect(forged.status).toBe(403);
});

test('a COS link with a response Content-Type and a traffic limit: COS answers with that type', async ({
  page,
}) => {
  const panel = await openShare(page, '', 'readme.txt');
  const bar = linkBar(panel);
  await panel.getByRole('button', { name: 'Advanced' }).click();
  await panel.getByLabel('Response Content-Type').fill('text/markdown; charset=utf-8');
  await panel.getByLabel('Traffic limit (bit/s)').fill('819200');
  await expect(bar).toHaveText(/x-cos-traffic-limit=819200/);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const url = (await bar.textContent())!;
  expect(new URL(url).searchParams.get('response-content-type')).toBe('text/markdown; charset=utf-8');
  const res = await loopbackRequest(url);
  expect(res.status, res.body.toString()).toBe(200);
  expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
  expect(sha256(res.body)).toBe(manifest.get('examplebucket/readme.txt')!.sha256Hex);
});

test('an out-of-range validity offers no COS link and says why; the broker cap is said next to the field', async ({
  page,
}) => {
  const panel = await openShare(page, '', 'readme.txt');
  const bar = linkBar(panel);
  await panel.getByLabel('Validity').fill('32401');
  await expect(bar).toHaveAttribute('data-state', 'blocked');
  await expect(bar).toHaveText(/^No link yet: /);
  await panel.getByRole('button', { name: '9 h' }).click();
  await expect(bar).toHaveAttribute('data-state', 'ready');
  // the e2e broker grants at most 1 h: the link ends with the key, and the panel says so
  await expect(panel.getByTestId('capped-note')).toHaveText(/^You asked for 9 h; the broker granted 1 h\./);
  const url = (await bar.textContent())!;
  const [start, end] = /q-key-time=(\d+);(\d+)/.exec(url)!.slice(1).map(Number) as [number, number];
  expect(end - start).toBe(32400);
  expect((await loopbackRequest(url)).status).toBe(200);
});

test('an upload link for a COS bucket uploads with the bound Content-Type only; the object is then listed', async ({
  page,
}) => {
  await page.goto(consoleUrl(`/b/${BUCKET}/`));
  await page.getByRole('button', { name: 'Upload link' }).click();
  const drawer = page.getByRole('dialog', { name: `Upload link for ${BUCKET}` });
  const key = `e2e-cos-link/${Date.now()}-报告.txt`;
  await drawer.getByLabel('Object key').fill(key);
  await drawer.getByLabel('Content-Type the uploader must send').fill('text/plain');
  await expect(drawer.getByRole('radiogroup', { name: 'Signature version' })).toHaveCount(0);
  const urlBox = drawer.getByRole('textbox', { name: 'Upload URL' });
  await expect(urlBox).toHaveValue(/q-header-list=content-type;host&/);
  const url = await urlBox.inputValue();
  await expect(drawer.getByRole('status', { name: 'Upload URL', exact: true })).toHaveText(url);
  expect(url.startsWith(`https://${HOST.default}:${E2E_PORTS.cosHttpsPort}/`)).toBe(true);
  const wrong = await loopbackRequest(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: 'nope',
  });
  expect(wrong.status).toBe(403);
  const put = await loopbackRequest(url, {
    method: 'PUT',
    headers: { 'content-type': 'text/plain' },
    body: 'uploaded through a COS upload link',
  });
  expect(put.status, put.body.toString()).toBe(200);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await page.goto(consoleUrl(`/b/${BUCKET}/e2e-cos-link/`));
  await expect(
    page.getByRole('table').getByText(key.slice('e2e-cos-link/'.length), { exact: true }),
  ).toBeVisible();
});

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(`COS bucket in ${language}`, () => {
    test.use({ locale: language });
    test('browse page and URL panel have no serious or critical accessibility violation', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.goto(consoleUrl(`/b/${BUCKET}/`));
      await expect(page.getByTestId('bucket-cloud')).toHaveText(
        language === 'en-US' ? 'Tencent Cloud COS' : '腾讯云 COS',
      );
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      const page1 = await new AxeBuilder({ page }).analyze();
      const bad1 = page1.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad1.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `e2e/artifacts/screenshots/cos-browse-${language}.png` });
      const row = page.getByRole('row').filter({ has: page.getByText('readme.txt', { exact: true }) });
      await row.getByRole('button').last().click();
      const panel = page.getByRole('dialog');
      await expect(
        panel.getByRole('status', { name: language === 'en-US' ? 'Signed URL' : '签名 URL', exact: true }),
      ).toHaveAttribute('data-state', 'ready');
      await page.mouse.move(0, 0);
      const axe = await new AxeBuilder({ page }).include('.ant-drawer').analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `e2e/artifacts/screenshots/cos-url-panel-${language}.png` });
    });
    test('a COS bucket without CORS shows COS’s rule and the COS console path', async ({ page }) => {
      const bucket = 'nocors-bucket-1250000000';
      await page.goto(consoleUrl(`/b/${bucket}/`));
      const en = language === 'en-US';
      await expect(
        page.getByText(en ? 'This folder could not be listed.' : '无法列出此文件夹。'),
      ).toBeVisible({
        timeout: 30_000,
      });
      // the failure reads in COS's words, never OSS's
      await expect(
        page.getByText(en ? 'The browser got no answer from COS.' : '浏览器未收到 COS 的响应。'),
      ).toBeVisible();
      const rule = page.getByRole('region', {
        name: en ? `Add this CORS rule to bucket ${bucket}` : `请为存储桶 ${bucket} 添加以下跨域（CORS）规则`,
      });
      const origin = new URL(consoleUrl('/')).origin;
      await expect(rule).toContainText(`<AllowedOrigin>${origin}</AllowedOrigin>`);
      await expect(rule).toContainText('<ExposeHeader>x-cos-request-id</ExposeHeader>');
      await expect(rule).not.toContainText('x-oss-request-id');
      await expect(rule).toContainText(en ? 'Security Management' : '安全管理');
      await expect(page.getByText(/OSS 控制台|OSS console/)).toHaveCount(0);
      const axe = await new AxeBuilder({ page }).analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({
        path: `e2e/artifacts/screenshots/cos-no-cors-${language}.png`,
        fullPage: true,
      });
    });
  });
}
