import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { consoleUrl } from './support/console';
import { captureStsSecrets, expectNoSecretsAtRest, storedText } from './support/secrets-at-rest';

const SETTINGS_KEY = 'oss-link-console.settings.v1';
const savedConnection = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}')?.state?.connection, SETTINGS_KEY);

let secrets: string[] = [];
test.beforeEach(({ page }) => {
  secrets = captureStsSecrets(page);
});
test.afterEach(async ({ page }) => {
  await expectNoSecretsAtRest(page, secrets);
});

test('shows which broker is in effect and tests the connection', async ({ page }) => {
  await page.goto(consoleUrl('/settings'));
  await expect(page.getByRole('heading', { name: 'Connection settings' })).toBeVisible();
  await expect(page.getByTestId('broker-in-effect')).toHaveText(
    `In effect: ${process.env.E2E_BROKER_URL} (from /console-config.json)`,
  );
  await expect(page.getByText('files.example.localhost')).toBeVisible();
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByRole('status').filter({ hasText: 'The broker answers.' });
  await expect(result).toContainText('local mode, region cn-local');
  await expect(result).toContainText('/sts: credentials for examplebucket granted for');
});

test('a bad broker shows the broker error of the test', async ({ page }) => {
  await page.goto(consoleUrl('/settings'));
  await page.getByLabel('Broker URL').fill('http://127.0.0.1:9');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The connection test failed.' });
  await expect(alert).toContainText('Failed at /config.', { timeout: 30_000 });
});

test('a bad custom domain names the problem and the fix; nothing typed is lost; a good one is saved', async ({
  page,
}) => {
  await page.goto(consoleUrl('/settings'));
  await page.getByRole('button', { name: 'Add custom domain' }).click();
  const domain = page.getByRole('textbox', { name: 'Custom domain 1' });
  await domain.fill('https://files.example.com/photos');
  await expect(
    page.getByText(
      'The custom domain “https://files.example.com/photos” contains a path, query, user name or space. Type just the host name mapped to the bucket, e.g. files.example.com.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Some settings need fixing')).toBeVisible();
  await expect(domain).toHaveValue('https://files.example.com/photos');
  expect((await savedConnection(page))?.customDomains ?? []).toEqual([]);

  await domain.fill('Files.Example.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await savedConnection(page)).customDomains).toEqual(['files.example.com']);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Custom domain 1' })).toHaveValue('files.example.com');
  await page.getByRole('button', { name: 'Remove custom domain 1' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();
  expect((await savedConnection(page)).customDomains).toEqual([]);
});

test('a bearer token is kept in memory only', async ({ page }) => {
  await page.goto(consoleUrl('/settings'));
  await page.getByRole('radio', { name: 'Bearer token' }).check();
  await expect(page.getByText('Kept in memory only')).toBeVisible();
  await page.getByRole('textbox', { name: 'Bearer token' }).fill('tok-e2e-secret-123');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await savedConnection(page)).brokerAuth).toBe('bearer');
  expect(await storedText(page)).not.toContain('tok-e2e-secret-123');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Bearer token' })).toHaveValue('');
  // back to the dev broker's "none" so other tests in this context are unaffected
  await page.getByRole('radio', { name: 'None' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();
});

test('the region and endpoint fields refuse what OSS would not accept', async ({ page }) => {
  await page.goto(consoleUrl('/settings'));
  await page.getByLabel('Endpoint override', { exact: true }).fill('oss.example.com:99999');
  await expect(page.getByText(/has an invalid port/)).toBeVisible();
  await page.getByLabel('Region').fill('cn hangzhou');
  await expect(page.getByText('Use a region ID such as cn-hangzhou.')).toBeVisible();
});
