import type { Locator } from '@playwright/test';
import { expect, test } from './support/test';
import { faults } from './support/faults';
import { TRICKY_KEYS } from '../server/object-store/seed/seed-objects';
import { consoleUrl, listing, openFolder, row } from './support/console';
import { captureStsSecrets, expectNoSecretsAtRest } from './support/secrets-at-rest';

let secrets: string[] = [];
test.beforeEach(({ page }) => {
  secrets = captureStsSecrets(page);
});
test.afterEach(async ({ page }) => {
  await expectNoSecretsAtRest(page, secrets);
});

test('opening the console lands on the examplebucket listing, folders first', async ({ page }) => {
  await page.goto(consoleUrl('/'));
  await expect(page).toHaveURL(/\/b\/examplebucket\/$/);
  await expect(page.getByRole('heading', { name: 'Bucket examplebucket' })).toBeVisible();
  await expect(listing(page).getByRole('row').nth(1)).toBeVisible(); // rows, not just the heading
  const names = await listing(page).getByRole('row').locator('[role=cell]:nth-child(2)').allInnerTexts();
  // OSS order: byte order of the keys, so `big-file/` comes before `big/`
  expect(names.slice(0, 3)).toEqual(['apps', 'big-file', 'big']);
  expect(names).toContain('readme.txt');
  expect(names.indexOf('readme.txt')).toBeGreaterThan(names.indexOf('报告'));
  await expect(row(page, 'readme.txt')).toContainText('text/plain');
  await expect(page.getByText(/Credentials: (\d+:\d\d|\d h \d\d m) left/)).toBeVisible();
});

test('the tricky folder shows every tricky key exactly', async ({ page }) => {
  await openFolder(page, 'examplebucket');
  await listing(page).getByRole('link', { name: 'tricky', exact: true }).click();
  await expect(page).toHaveURL(/\/b\/examplebucket\/tricky\/$/);
  const tricky = TRICKY_KEYS.filter((k) => k.startsWith('tricky/')).map((k) => k.slice('tricky/'.length));
  for (const name of tricky) {
    await expect(listing(page).getByRole('button', { name, exact: true })).toBeVisible();
  }
  const names = await listing(page).getByRole('row').locator('[role=cell]:nth-child(2)').allInnerTexts();
  expect(names.sort()).toEqual([...tricky].sort());
});

test('folders with unicode names navigate through the route; breadcrumb, Back and reload keep the place', async ({
  page,
}) => {
  await openFolder(page, 'examplebucket');
  await listing(page).getByRole('link', { name: '报告', exact: true }).click();
  await expect(page).toHaveURL(/\/b\/examplebucket\/%E6%8A%A5%E5%91%8A\/$/);
  await expect(listing(page).getByRole('button', { name: '2024年报.txt', exact: true })).toBeVisible();

  await openFolder(page, 'examplebucket', 'deep/a/b/');
  const path = page.getByRole('navigation', { name: 'Folder path' });
  await expect(path.getByRole('link')).toHaveText(['examplebucket (root)', 'deep', 'a', 'b']);
  await path.getByRole('link', { name: 'a', exact: true }).click();
  await expect(page).toHaveURL(/\/b\/examplebucket\/deep\/a\/$/);
  await expect(listing(page).getByRole('link', { name: 'b', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/deep\/a\/b\/$/);
  await expect(listing(page).getByRole('link', { name: 'c', exact: true })).toBeVisible();
  await page.reload();
  await expect(listing(page).getByRole('link', { name: 'c', exact: true })).toBeVisible();
  await path.getByRole('link', { name: 'examplebucket (root)' }).click();
  await expect(page).toHaveURL(/\/b\/examplebucket\/$/);
});

test('search by key prefix lists matching keys from the server and lives in the route', async ({ page }) => {
  await openFolder(page, 'examplebucket', 'tricky/');
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).fill('a');
  await expect(page).toHaveURL(/\/tricky\/\?q=a$/);
  await expect(listing(page).getByRole('row')).toHaveCount(5);
  for (const name of ['a b.txt', 'a&b.txt', 'a+b.txt', 'a=b.txt'])
    await expect(listing(page).getByRole('button', { name, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search by key prefix' })).toHaveValue('a');
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).fill('zzz');
  await expect(page.getByText('No key in this folder starts with “zzz”.')).toBeVisible();
});

test('a bucket without CORS shows the exact rule to add, with a copy button', async ({ page }) => {
  await openFolder(page, 'examplebucket');
  await page.getByRole('combobox', { name: 'Bucket' }).selectOption('nocors-bucket');
  await expect(page).toHaveURL(/\/b\/nocors-bucket\/$/);
  await expect(page.getByText('This folder could not be listed.')).toBeVisible({ timeout: 30_000 });
  const origin = new URL(consoleUrl()).origin;
  const rule = page.getByRole('region', { name: 'Add this CORS rule to bucket nocors-bucket' });
  await expect(rule).toContainText(`<AllowedOrigin>${origin}</AllowedOrigin>`);
  await expect(rule).toContainText('<AllowedMethod>GET</AllowedMethod>');
  await expect(rule).toContainText('<ExposeHeader>x-oss-request-id</ExposeHeader>');
  await expect(page.getByRole('button', { name: 'Copy CORS rule' })).toBeVisible();
});

// the same folder on both clouds: OSS lists it by ListObjectsV2, COS by GET Bucket (marker)
for (const bucket of ['examplebucket', 'examplebucket-1250000000']) {
  test(`a 100,000-object folder scrolls to its end with at most 200 rows in the DOM (${bucket})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openFolder(page, bucket, 'big/');
    const scroller = page.getByRole('region', { name: 'Folder listing' });
    const status = page.getByText(/items loaded|^[\d,]+ items$/);
    // Scroll to the end again and again until every page is loaded (each scroll asks for the next page),
    // counting the rows in the DOM on the way. The loop runs in the page: as ~300 Playwright actions per
    // test it cost more in trace recording than the scrolling itself.
    const maxRows = await scroller.evaluate(async (el, timeoutMs) => {
      const giveUpAt = Date.now() + timeoutMs;
      let most = 0;
      while (!/(^|\n)100,000 items(\n|$)/.test(document.body.innerText)) {
        if (Date.now() > giveUpAt) throw new Error(`not every page was loaded in ${timeoutMs} ms`);
        el.scrollTo({ top: el.scrollHeight });
        most = Math.max(most, document.querySelectorAll('[role=row]').length);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return most;
    }, 150_000);
    await expect(status).toHaveText('100,000 items');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(listing(page).getByRole('button', { name: '000099999.txt', exact: true })).toBeVisible();
    expect(maxRows).toBeGreaterThan(5);
    expect(maxRows).toBeLessThanOrEqual(200);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    expect(await page.locator('[role=row]').count()).toBeLessThanOrEqual(200);
  });
}

test('selection: checkbox, shift-click range, select all loaded, a whole folder kept as a prefix', async ({
  page,
}) => {
  await openFolder(page, 'examplebucket', 'tricky/');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await page.getByRole('checkbox', { name: 'Select a b.txt', exact: true }).check();
  await expect(toolbar).toContainText('1 object selected');
  await page.getByRole('checkbox', { name: 'Select a=b.txt', exact: true }).click({ modifiers: ['Shift'] });
  await expect(toolbar).toContainText('4 objects selected');
  for (const name of ['a&b.txt', 'a+b.txt'])
    await expect(page.getByRole('checkbox', { name: `Select ${name}`, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select 100%.txt', exact: true })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Select all loaded' }).check();
  await expect(toolbar).toContainText('12 objects selected');
  // the export dialog takes the selection from here
  await page.getByRole('button', { name: 'Export URL list' }).click();
  await expect(page.getByRole('dialog', { name: 'Export URL list' })).toBeVisible();
  await page.keyboard.press('Escape');
  await toolbar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(toolbar).toContainText('Nothing selected');

  await page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: /root/ }).click();
  await page.getByRole('checkbox', { name: 'Select folder photos and everything in it' }).check();
  await expect(toolbar).toContainText('1 folder with everything in it selected');
  await listing(page).getByRole('link', { name: 'photos', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Select folder 2024 and everything in it' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Select folder 2024 and everything in it' }),
  ).toBeDisabled();
  await expect(toolbar).toContainText('1 folder with everything in it selected');
});

test('Share opens the URL panel of that object, by button or by its name', async ({ page }) => {
  await openFolder(page, 'examplebucket', 'tricky/');
  await row(page, 'a+b.txt').getByRole('button', { name: 'Share', exact: true }).click();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('examplebucket/tricky/a+b.txt');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await listing(page).getByRole('button', { name: '中文 文件.txt', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('examplebucket/tricky/中文 文件.txt');
});

test('keyboard: Tab reaches every row action, Space ticks, Enter shares or opens; focus is visible', async ({
  page,
}) => {
  const tabTo = async (target: Locator) => {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('not reachable with Tab');
  };
  const outline = (target: Locator) =>
    target.evaluate((el) => {
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    });

  await openFolder(page, 'examplebucket', 'tricky/');
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).focus();
  const tick = page.getByRole('checkbox', { name: 'Select #hash.txt', exact: true });
  await tabTo(tick);
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  const share = row(page, '#hash.txt').getByRole('button', { name: 'Share', exact: true });
  await tabTo(share);
  expect(await outline(share)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('examplebucket/tricky/#hash.txt');
  await page.keyboard.press('Escape');

  await openFolder(page, 'examplebucket');
  await page.getByRole('searchbox', { name: 'Search by key prefix' }).focus();
  const apps = listing(page).getByRole('link', { name: 'apps', exact: true });
  await tabTo(apps);
  expect(await outline(apps)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/b\/examplebucket\/apps\/$/);
});

test('an empty folder says so', async ({ page }) => {
  await page.goto(consoleUrl('/b/examplebucket/empty-folder/'));
  await expect(page.getByText('This folder is empty.')).toBeVisible();
});

test('a failed background refresh keeps the rows and says so in a toast', async ({ page }) => {
  await openFolder(page, 'examplebucket', 'tricky/');
  await faults({ listFailEvery: 1, listFailMode: '503' });
  try {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(page.getByText(/^Refreshing the listing failed: /)).toBeVisible({ timeout: 30_000 });
    await expect(listing(page).getByRole('button', { name: 'a+b.txt', exact: true })).toBeVisible();
  } finally {
    await faults('reset');
  }
});
