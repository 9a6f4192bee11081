// After a working session (browse, share, settings, reload), no storage the browser keeps holds an STS
// secret: not localStorage, sessionStorage, IndexedDB or cookies.
import { expect, test } from './support/test';
import { faults } from './support/faults';
import { consoleUrl, listing, openFolder } from './support/console';
import { captureStsSecrets, expectNoSecretsAtRest, storedText } from './support/secrets-at-rest';

test('a whole session leaves no AccessKeySecret or SecurityToken at rest', async ({ page }) => {
  const secrets = captureStsSecrets(page);
  await openFolder(page, 'examplebucket', 'tricky/');
  await page.getByRole('checkbox', { name: 'Select a+b.txt', exact: true }).check();
  await listing(page).getByRole('button', { name: 'a+b.txt', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('examplebucket/tricky/a+b.txt');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Refresh credentials now' }).click();
  await expect(page.getByText(/^Credentials: .*left/)).toBeVisible();

  await page.goto(consoleUrl('/settings'));
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('The broker answers.')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await openFolder(page, 'examplebucket', 'photos/2024/');

  expect(secrets.length).toBeGreaterThanOrEqual(4);
  // what is stored is only the settings document
  expect(await storedText(page)).toContain('oss-link-console.settings.v1');
  await expectNoSecretsAtRest(page, secrets);
});

test('an unfinished upload keeps its checkpoint for after a reload, and no secret with it', async ({
  page,
}) => {
  const secrets = captureStsSecrets(page);
  await faults({ uploadPartFailAfter: 2, uploadPartFailMode: 'reset' });
  try {
    await page.goto(consoleUrl('/b/examplebucket/e2e-upload/at-rest/'));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByTestId('upload-files-input').setInputFiles({
      name: 'held.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(6 * 1024 * 1024, 1),
    });
    await expect(page.getByText('Interrupted', { exact: true })).toBeVisible({ timeout: 30_000 });
  } finally {
    await faults('reset');
  }
  await page.reload();
  expect(secrets.length).toBeGreaterThanOrEqual(2);
  const stored = await storedText(page);
  expect(stored).toContain('oss-link-console.upload-checkpoints.v1');
  expect(stored).toContain('e2e-upload/at-rest/held.bin');
  await expectNoSecretsAtRest(page, secrets);
});
