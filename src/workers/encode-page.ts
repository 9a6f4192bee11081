// A signed page as UTF-8 bytes: encoded once where it was made (a worker), so the page's thread only
// hands the bytes to the file (no second encoding into the Blob or the file stream, no length count).
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import type { EncodedUrlListPage } from './sign-protocol';

const encoder = new TextEncoder();

export function encodePage(page: SignedUrlListPage, listed = page.listed): EncodedUrlListPage {
  const { text, ...figures } = page;
  // a filtered page: `listed` is what the listing gave, page.listed what the filter kept
  const bytes = encoder.encode(text);
  return { ...figures, listed, matched: page.listed, content: bytes, byteLength: bytes.length };
}
