// The upload drawer as the e2e specs drive it, on either cloud and in either language, and the
// read-back check every upload test ends with.
import { expect, type Locator, type Page } from '@playwright/test';

const WORDS = {
  'en-US': { button: 'Upload', title: 'Upload to', files: 'Files being uploaded' },
  'zh-CN': { button: '上传', title: '上传到', files: '正在上传的文件' },
} as const;
type Language = keyof typeof WORDS;

/** Opens the Upload drawer of the folder on screen. */
export async function openUploadDrawer(
  page: Page,
  bucket: string,
  prefix: string,
  language: Language = 'en-US',
): Promise<Locator> {
  const w = WORDS[language];
  await page.getByRole('button', { name: w.button, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: `${w.title} ${bucket}/${prefix}` });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** The row of `key` in the drawer's list of files being uploaded. */
export const fileRow = (drawer: Locator, key: string, language: Language = 'en-US') =>
  drawer.getByRole('list', { name: WORDS[language].files }).getByRole('listitem', { name: key, exact: true });

/** What an independent client read back (bytes, or its error code) is exactly `bytes`. */
export function expectSameBytes(stored: Buffer | string, key: string, bytes: Buffer): void {
  expect(typeof stored === 'string' ? stored : stored.equals(bytes), `${key} reads back identical`).toBe(
    true,
  );
}
