import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

test('the console opens, sends no Referer and carries a strict CSP', async ({ page }) => {
  const response = await page.goto(process.env.E2E_CONSOLE_URL!);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'OSS Link Console' })).toBeVisible();
  expect(
    await page.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute('content')),
  ).toBe('no-referrer');
  const headers = response!.headers();
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  await page.screenshot({ path: 'e2e/artifacts/screenshots/shell-en-US.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
