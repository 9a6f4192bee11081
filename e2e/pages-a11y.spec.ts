// Browse and Settings in both languages: axe finds no serious or critical violation, and a screenshot of
// each is written for people to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { consoleUrl, openFolder } from './support/console';
import { expectNoSecretsAtRest } from './support/secrets-at-rest';

const SHOTS = 'e2e/artifacts/screenshots';

async function expectAccessible(page: Page) {
  await page.mouse.move(0, 0); // judge resting colours, not a hover state left by the last click
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const language of ['en-US', 'zh-CN'] as const) {
  test.describe(language, () => {
    test.use({ locale: language });
    test.afterEach(async ({ page }) => expectNoSecretsAtRest(page));

    test(`Browse in ${language}`, async ({ page }) => {
      await openFolder(page, 'examplebucket', 'tricky/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('checkbox').nth(3).check();
      await page.screenshot({ path: `${SHOTS}/browse-${language}.png`, fullPage: true });
      await expectAccessible(page);
    });

    test(`Browse errors in ${language}`, async ({ page }) => {
      await page.goto(consoleUrl('/b/nocors-bucket/'));
      await expect(
        page.getByRole('button', { name: language === 'en-US' ? 'Copy CORS rule' : '复制 CORS 规则' }),
      ).toBeVisible({
        timeout: 30_000,
      });
      await page.screenshot({ path: `${SHOTS}/browse-cors-${language}.png`, fullPage: true });
      await expectAccessible(page);
    });

    test(`Upload and upload link in ${language}`, async ({ page }) => {
      const zh = language === 'zh-CN';
      // a folder of its own: other specs count what is in the seeded ones
      await page.goto(consoleUrl(`/b/examplebucket/e2e-upload/a11y-${language}/`));
      await page.getByRole('button', { name: zh ? '上传' : 'Upload', exact: true }).click();
      await page.getByTestId('upload-files-input').setInputFiles({
        name: `a11y-${language}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from('accessible'),
      });
      const done = page.getByText(zh ? '已上传' : 'Uploaded', { exact: true });
      await expect(done).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/upload-${language}.png`, fullPage: true });
      await expectAccessible(page);
      await page.getByRole('button', { name: zh ? '关闭' : 'Close' }).click();

      await page.getByRole('button', { name: zh ? '上传链接' : 'Upload link' }).click();
      await expect(page.getByRole('textbox', { name: zh ? '上传 URL' : 'Upload URL' })).toHaveValue(
        /^https?:\/\//,
      );
      await page.screenshot({ path: `${SHOTS}/upload-link-${language}.png`, fullPage: true });
      await expectAccessible(page);
    });

    test(`Settings in ${language}`, async ({ page }) => {
      await page.goto(consoleUrl('/settings'));
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      await page
        .getByRole('button', { name: language === 'en-US' ? 'Add custom domain' : '添加自定义域名' })
        .click();
      await page.getByRole('textbox').last().fill('bad domain');
      await expect(
        page.getByText(
          language === 'en-US'
            ? 'The custom domain “bad domain” contains a path, query, user name or space.'
            : '自定义域名“bad domain”包含路径、查询参数、用户名或空格。',
          { exact: false },
        ),
      ).toBeVisible();
      await page.getByRole('button', { name: language === 'en-US' ? 'Test connection' : '测试连接' }).click();
      await expect(page.getByRole('status').filter({ hasText: '/sts' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/settings-${language}.png`, fullPage: true });
      await expectAccessible(page);
    });
  });
}
