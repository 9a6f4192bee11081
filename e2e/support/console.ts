// Helpers the console's specs share: where the console is, and how to wait for a folder listing.
import { expect, type Page } from '@playwright/test';

export const consoleUrl = (path = '/'): string => new URL(path, process.env.E2E_CONSOLE_URL!).toString();

/** The listing table of the folder on screen. */
export const listing = (page: Page) => page.getByRole('table');

/** Opens a folder by its route and waits until its rows are on screen. */
export async function openFolder(page: Page, bucket: string, prefix = ''): Promise<void> {
  const path = `/b/${encodeURIComponent(bucket)}/${prefix.split('/').map(encodeURIComponent).join('/')}`;
  await page.goto(consoleUrl(path));
  await expect(listing(page).getByRole('row').nth(1)).toBeVisible();
}

/** The row whose name is exactly `name` (an object button or a folder link). */
export const row = (page: Page, name: string) =>
  listing(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell').nth(1).getByText(name, { exact: true }) });
