import { expect, test } from './support/test';
import { listing, openFolder } from './support/console';
import { captureStsSecrets, expectNoSecretsAtRest } from './support/secrets-at-rest';

let secrets: string[] = [];
test.beforeEach(({ page }) => {
  secrets = captureStsSecrets(page);
});
test.afterEach(async ({ page }) => {
  await expectNoSecretsAtRest(page, secrets);
});

test('a failed refresh shows a banner; Retry renews without losing route, selection or the open panel', async ({
  page,
}) => {
  await openFolder(page, 'examplebucket', 'tricky/');
  const indicator = page.getByText(/^Credentials: /);
  await expect(indicator).toContainText(/left/);
  await page.getByRole('checkbox', { name: 'Select a+b.txt', exact: true }).check();
  const url = page.url();

  // The broker answers 503 from now on.
  await page.route(/\/sts(\?|$)/, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'Unavailable', message: 'maintenance' }),
    }),
  );
  await page.getByRole('button', { name: 'Refresh credentials now' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The broker did not renew the credentials' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The current credentials still work for');
  await expect(indicator).toContainText('refresh failed');

  // Open the URL panel while the banner is up; Retry must stay reachable and keep the panel.
  await listing(page).getByRole('button', { name: 'a b.txt', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/screenshots/credentials-banner-en-US.png' });

  await page.unroute(/\/sts(\?|$)/);
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await expect(indicator).toContainText(/left/);
  await expect(page.getByRole('dialog')).toContainText('examplebucket/tricky/a b.txt');
  expect(page.url()).toBe(url);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'Select a+b.txt', exact: true })).toBeChecked();
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toContainText('1 object selected');
});
