// Copy File URL as an operator does it: open the panel for an object, choose the options, copy the
// link — then fetch it from outside the browser and check what a recipient gets.
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { seedManifest } from '../server/object-store/seed/seed-objects';
import jsQR from 'jsqr';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const manifest = new Map(seedManifest().map((e) => [`${e.bucket}/${e.key}`, e]));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const consoleUrl = (path: string) => new URL(path, process.env.E2E_CONSOLE_URL).toString();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openShare(page: Page, folder: string, name: string): Promise<Locator> {
  await page.goto(consoleUrl(`/b/examplebucket/${folder}`));
  const row = page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
  await row.getByRole('button', { name: 'Share' }).click();
  const panel = page.getByRole('dialog', { name: `Share ${name}` });
  await expect(panel).toBeVisible();
  return panel;
}

interface Choice {
  secure: boolean;
  domain: 'default' | 'custom' | 'accelerate';
  disposition: 'inline' | 'attachment';
  version: 'v1' | 'v4';
}

const DOMAIN_OPTION = {
  default: /^Default endpoint/,
  accelerate: /^Transfer acceleration/,
  custom: /^Custom domain files\.example\.localhost/,
};
const HOST = {
  default: 'examplebucket.oss-cn-local.localhost',
  accelerate: 'examplebucket.oss-accelerate.localhost',
  custom: 'files.example.localhost',
};

async function choose(page: Page, panel: Locator, c: Choice): Promise<string> {
  const https = panel.getByRole('switch', { name: 'HTTPS' });
  if (((await https.getAttribute('aria-checked')) === 'true') !== c.secure) await https.click();
  await panel.getByRole('radio', { name: DOMAIN_OPTION[c.domain] }).check();
  await panel
    .getByRole('radio', { name: c.disposition === 'inline' ? 'Inline preview' : 'Attachment (download)' })
    .check();
  await panel.getByRole('radio', { name: c.version.toUpperCase() }).check();
  const port = new URL(c.secure ? process.env.E2E_OSS_HTTPS! : process.env.E2E_OSS_HTTP!).port;
  const origin = `${c.secure ? 'https' : 'http'}://${HOST[c.domain]}:${port}/`;
  const signature = c.version === 'v4' ? 'x-oss-signature=' : 'Signature=';
  const bar = linkBar(panel);
  await expect(bar).toHaveText(new RegExp(`^${escape(origin)}.*${signature}`));
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const shown = (await bar.textContent())!;
  // the full text below is the same link
  await expect(panel.getByLabel('Signed URL, full text')).toHaveValue(shown);
  await panel.getByRole('button', { name: 'Copy URL' }).click();
  await expect(page.getByText('URL copied to the clipboard').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  return shown;
}

/** The action bar's URL (an <output>: role status, named by its label). */
const linkBar = (panel: Locator) => panel.getByRole('status', { name: 'Signed URL', exact: true });

const KEYS = [
  'tricky/a b.txt',
  'tricky/a+b.txt',
  'tricky/中文 文件.txt',
  'tricky/😀.txt',
  'tricky/100%.txt',
  "tricky/quote'and(paren).txt",
];

/** Settings → Transfer acceleration on (the bucket has it enabled): the accelerate host is offered. */
async function turnOnAcceleration(page: Page): Promise<void> {
  await page.goto(consoleUrl('/settings'));
  const toggle = page.getByRole('switch', { name: 'Transfer acceleration enabled' });
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

test('the acceleration endpoint is offered only once acceleration is turned on, with what it costs', async ({
  page,
}) => {
  let panel = await openShare(page, '', 'readme.txt');
  await expect(panel.getByRole('radio', { name: DOMAIN_OPTION.accelerate })).toHaveCount(0);
  await page.goto(consoleUrl('/settings'));
  await expect(page.getByText(/billed as acceleration traffic per GB/)).toBeVisible();
  await turnOnAcceleration(page);
  panel = await openShare(page, '', 'readme.txt');
  await expect(panel.getByRole('radio', { name: DOMAIN_OPTION.accelerate })).toBeVisible();
});

test('copied URLs work for every host, scheme, disposition and signature version', async ({ page }) => {
  test.setTimeout(180_000); // twelve links, each fetched from outside the browser
  await turnOnAcceleration(page);
  let i = 0;
  for (const [panelIndex, secure] of [false, true].entries()) {
    const key = KEYS[panelIndex * 3]!;
    const name = key.slice(key.lastIndexOf('/') + 1);
    const panel = await openShare(page, 'tricky/', name);
    for (const domain of ['default', 'custom', 'accelerate'] as const) {
      for (const version of ['v4', 'v1'] as const) {
        const disposition = i++ % 2 === 0 ? 'attachment' : 'inline';
        const url = await choose(page, panel, { secure, domain, disposition, version });
        const res = await loopbackRequest(url);
        expect(res.status, `${url}\n${res.body.toString()}`).toBe(200);
        expect(sha256(res.body)).toBe(manifest.get(`examplebucket/${key}`)!.sha256Hex);
        const cd = String(res.headers['content-disposition']);
        if (disposition === 'inline') {
          expect(cd).toBe('inline');
        } else {
          const star = /filename\*=UTF-8''(.+)$/.exec(cd)?.[1];
          expect(star ? decodeURIComponent(star) : /filename="([^"]+)"/.exec(cd)?.[1]).toBe(name);
        }
      }
    }
    await panel.getByRole('button', { name: 'Close' }).click();
  }
});

test('a link longer than the broker grants says so next to the validity field, in view, with the fix', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const panel = await openShare(page, '', 'readme.txt');
  await panel.getByRole('button', { name: '9 h' }).click();
  await expect(panel.getByLabel('Validity')).toHaveValue('32400');
  const note = panel.getByTestId('capped-note');
  await expect(note).toHaveText(
    /^You asked for 9 h; the broker granted 1 h\. This link works until .*\d\d:\d\d \(1 h\), not .*\d\d:\d\d\. To share longer links, raise the RAM role’s maximum session duration and the broker’s maximum \(BROKER_MAX_DURATION\)\.$/,
  );
  await expect(note).toBeInViewport();
  await expect(panel.getByRole('button', { name: 'Copy URL' })).toBeInViewport();
  // said once: not again in the warnings below
  await expect(panel.getByText(/the broker granted/)).toHaveCount(1);
  const effective = await panel.getByTestId('effective-expiry').textContent();
  const utc = /\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\)/.exec(effective ?? '')![1]!;
  // the suite's broker grants at most 3600 s: the link lives about an hour, not nine
  expect(Date.parse(utc) - Date.now()).toBeLessThan(3700 * 1000);
  expect(Date.parse(utc) - Date.now()).toBeGreaterThan(3000 * 1000);
});

test('at the defaults (1 h link, 1 h broker maximum) no credentials warning appears', async ({ page }) => {
  const panel = await openShare(page, '', 'readme.txt');
  await expect(panel.getByLabel('Validity')).toHaveValue('3600');
  await expect(linkBar(panel)).toHaveAttribute('data-state', 'ready');
  await expect(panel.getByText(/broker granted|granted credentials/)).toHaveCount(0);
});

for (const text of ['59', '32401', '', 'abc', '0x10', '600.5', '1d']) {
  test(`while the validity reads ${JSON.stringify(text)} no link is offered, and the panel says why`, async ({
    page,
  }) => {
    const panel = await openShare(page, '', 'readme.txt');
    await expect(linkBar(panel)).toHaveAttribute('data-state', 'ready');
    await panel.getByLabel('Validity').fill(text);
    await expect(linkBar(panel)).toHaveAttribute('data-state', 'blocked');
    await expect(linkBar(panel)).toHaveText(/^No link yet: /);
    for (const name of ['Copy URL', 'Open', 'QR code for a phone'])
      await expect(panel.getByRole('button', { name })).toBeDisabled();
    await expect(panel.getByLabel('Signed URL, full text')).toHaveCount(0);
    const reason = (await linkBar(panel).textContent())!.replace('No link yet: ', '');
    await expect(panel.getByRole('alert').filter({ hasText: reason })).toBeVisible();
  });
}

test('units are read as what they say: 90m is 5400 s, 1h is 3600 s', async ({ page }) => {
  const panel = await openShare(page, '', 'readme.txt');
  for (const [text, seconds] of [
    ['90m', 5400],
    ['1h', 3600],
  ] as const) {
    await panel.getByLabel('Validity').fill(text);
    await expect(panel.getByText(`Reads as ${seconds} s`)).toBeVisible();
    await expect(linkBar(panel)).toHaveText(new RegExp(`x-oss-expires=${seconds}&`));
  }
});

test('valid until a local date and time: shown in local time and UTC, signed for the seconds until then', async ({
  page,
}) => {
  const panel = await openShare(page, '', 'readme.txt');
  await panel.getByRole('radio', { name: 'Valid until a date and time' }).check();
  const { text, untilMs } = await page.evaluate(() => {
    const at = new Date(Date.now() + 2 * 3600_000);
    at.setSeconds(0, 0);
    const p = (n: number) => String(n).padStart(2, '0');
    return {
      text: `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}`,
      untilMs: at.getTime(),
    };
  });
  await panel.getByLabel('Valid until (your local time)').fill(text);
  await expect(panel.getByTestId('validity-help')).toContainText(
    `= ${new Date(untilMs).toISOString().replace('.000Z', 'Z')} UTC`,
  );
  await expect(linkBar(panel)).toHaveText(/x-oss-expires=7[01]\d\d&/);
  const url = new URL((await linkBar(panel).getAttribute('title'))!);
  const date = url.searchParams.get('x-oss-date')!;
  const signed = Date.parse(date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const expiresAt = signed + Number(url.searchParams.get('x-oss-expires')) * 1000;
  expect(Math.abs(expiresAt - untilMs)).toBeLessThan(5000);
  // the past is refused with its own reason, and no link is offered
  await panel.getByLabel('Valid until (your local time)').fill('2020-01-01T00:00');
  await expect(panel.getByRole('alert').filter({ hasText: 'That time has passed' }).first()).toBeVisible();
});

test('typing 600 never offers a link for what was typed on the way', async ({ page }) => {
  const panel = await openShare(page, '', 'readme.txt');
  await expect(linkBar(panel)).toHaveAttribute('data-state', 'ready');
  // every URL the bar shows from now on
  await linkBar(panel).evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { seenUrls: string[] }).seenUrls = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await panel.getByLabel('Validity').fill('');
  await panel.getByLabel('Validity').pressSequentially('600', { delay: 60 });
  await expect(linkBar(panel)).toHaveText(/x-oss-expires=600&/);
  const seen = await page.evaluate(() => (window as unknown as { seenUrls: string[] }).seenUrls);
  expect(seen.filter((u) => /x-oss-expires=(6|60)&/.test(u))).toEqual([]);
});

test('inline images on the default host warn that OSS forces a download; a custom domain previews', async ({
  page,
}) => {
  const panel = await openShare(page, 'photos/2024/', 'sunset.png');
  await panel.getByRole('radio', { name: 'Inline preview' }).check();
  await panel.getByRole('radio', { name: DOMAIN_OPTION.default }).check();
  await expect(
    panel.getByText(/Inline preview of images and HTML does not work on the default or acceleration host/),
  ).toBeVisible();
  // said once: the preview does not repeat the warning
  await expect(panel.getByText(/OSS sends images and web pages .* as downloads/)).toHaveCount(0);
  await expect(panel.getByText(/does not work on the default or acceleration host/)).toHaveCount(1);
  await panel.getByRole('radio', { name: DOMAIN_OPTION.custom }).check();
  await expect(panel.getByRole('img', { name: 'sunset.png' })).toBeVisible();
  await expect
    .poll(() =>
      panel
        .getByRole('img', { name: 'sunset.png' })
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/artifacts/screenshots/url-panel-en-US.png', fullPage: true });
});

test('text objects preview their content; .apk on the default host is refused', async ({ page }) => {
  let panel = await openShare(page, '', 'readme.txt');
  await expect(panel.getByTestId('text-preview')).toContainText('This bucket is seeded by oss-local');
  await panel.getByRole('button', { name: 'Close' }).click();
  panel = await openShare(page, 'apps/', 'app.apk');
  await expect(panel.getByText(/OSS refuses .apk and .ipa downloads/)).toBeVisible();
});

test('a public-read object also offers its plain URL', async ({ page }) => {
  await page.goto(consoleUrl('/b/public-bucket/public/'));
  const row = page.getByRole('row').filter({ has: page.getByText('hello.txt', { exact: true }) });
  await row.getByRole('button', { name: 'Share' }).click();
  const panel = page.getByRole('dialog', { name: 'Share hello.txt' });
  await panel.getByRole('button', { name: 'Check whether the unsigned URL works (public-read)' }).click();
  await expect(
    panel.getByText('This object is public-read: the plain URL works without a signature.'),
  ).toBeVisible();
  const plain = await panel.getByLabel('Unsigned URL').textContent();
  const res = await loopbackRequest(plain!);
  expect(res.status).toBe(200);
  expect(res.body.toString()).toContain('Anyone may read this object');
});

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(`URL panel in ${language}`, () => {
    test.use({ locale: language });
    test('has no serious or critical accessibility violation', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 1600 });
      await page.goto(consoleUrl('/b/examplebucket/docs/'));
      const row = page.getByRole('row').filter({ has: page.getByText('guide.pdf', { exact: true }) });
      await row.getByRole('button').last().click();
      const panel = page.getByRole('dialog');
      // signed; a PDF is offered in its own tab, never framed unsandboxed
      const open = panel.getByRole('link', {
        name: language === 'en-US' ? 'Open guide.pdf in a new tab' : '在新标签页打开 guide.pdf',
      });
      await expect(open).toHaveAttribute('href', /response-content-disposition=inline/);
      await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(panel.locator('iframe')).toHaveCount(0);
      await page.mouse.move(0, 0);
      const axe = await new AxeBuilder({ page }).include('.ant-drawer').analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `e2e/artifacts/screenshots/url-panel-${language}.png`, fullPage: true });
      // an invalid validity: no link, and the reason in the operator's language (screenshot looked at)
      const bar = panel.getByRole('status', {
        name: language === 'en-US' ? 'Signed URL' : '签名 URL',
        exact: true,
      });
      await panel.getByLabel(language === 'en-US' ? 'Validity' : '有效时间').fill('32401');
      await expect(bar).toHaveAttribute('data-state', 'blocked');
      await expect(bar).toHaveText(language === 'en-US' ? /^No link yet: / : /[\u4e00-\u9fff]/);
      await page.screenshot({ path: `e2e/artifacts/screenshots/url-panel-invalid-${language}.png` });
      // the longest preset: the broker grants less, said next to the field (screenshot looked at)
      await panel.getByRole('button', { name: language === 'en-US' ? '9 h' : '9 小时' }).click();
      await expect(bar).toHaveAttribute('data-state', 'ready');
      await expect(panel.getByTestId('capped-note')).toHaveText(
        language === 'en-US' ? /^You asked for 9 h; the broker granted 1 h\./ : /[\u4e00-\u9fff]/,
      );
      await page.screenshot({ path: `e2e/artifacts/screenshots/url-panel-capped-${language}.png` });
    });
  });
}

test('the QR code scans at device pixel ratio 1: 4 px per module, quiet zone, exactly the link', async ({
  page,
}) => {
  const panel = await openShare(page, 'tricky/', '中文 文件.txt');
  await expect(linkBar(panel)).toHaveAttribute('data-state', 'ready');
  const url = (await linkBar(panel).textContent())!;
  await panel.getByRole('button', { name: 'QR code for a phone' }).click();
  const dialog = page.getByRole('dialog', { name: 'QR code for a phone' });
  const canvas = dialog.locator('canvas');
  await expect(canvas).toBeVisible();
  const { width, height, base64, modules } = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return {
      width: c.width,
      height: c.height,
      base64: btoa(binary),
      modules: Number(c.closest('[data-modules]')?.getAttribute('data-modules') ?? 0),
    };
  });
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);
  expect(modules).toBeGreaterThan(0);
  expect(width / (modules + 8)).toBeGreaterThanOrEqual(4);
  const decoded = jsQR(new Uint8ClampedArray(Buffer.from(base64, 'base64')), width, height);
  expect(decoded?.data).toBe(url);
});

test('closing the panel gives the focus back to the Share button that opened it', async ({ page }) => {
  await page.goto(consoleUrl('/b/examplebucket/'));
  const share = page
    .getByRole('row')
    .filter({ has: page.getByText('readme.txt', { exact: true }) })
    .getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Share readme.txt' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(share).toBeFocused();
});

test('a typed custom domain that does not serve the bucket is marked, and Copy asks first', async ({
  page,
}) => {
  await page.goto(consoleUrl('/settings'));
  await page.getByRole('button', { name: 'Add custom domain' }).click();
  // bound to public-bucket in the dev stack, not to examplebucket
  await page.getByRole('textbox', { name: 'Custom domain 1' }).fill('cdn.example.localhost');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  const panel = await openShare(page, '', 'readme.txt');
  const unmapped = panel.getByRole('radio', {
    name: 'Custom domain cdn.example.localhost — not mapped to this bucket',
  });
  await unmapped.check();
  await expect(panel.getByRole('radio', { name: /^Custom domain files\.example\.localhost$/ })).toBeVisible();
  await expect(panel.getByText(/This custom domain is not listed as mapped to the bucket/)).toBeVisible();
  await expect(linkBar(panel)).toHaveText(/^https?:\/\/cdn\.example\.localhost:\d+\/readme\.txt\?/);
  const url = (await linkBar(panel).textContent())!;
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await panel.getByRole('button', { name: 'Copy URL' }).click();
  const ask = page.getByRole('dialog', {
    name: 'Copy a link through a domain that does not serve this bucket?',
  });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('nothing yet');
  await panel.getByRole('button', { name: 'Copy URL' }).click();
  await ask.getByRole('button', { name: 'Copy anyway' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  // the mark was right: the domain does not give this bucket's object
  expect((await loopbackRequest(url)).status).not.toBe(200);
});
