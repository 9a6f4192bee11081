// A signed page as UTF-8 bytes: encoded once where it was made, with its length, so nothing encodes or
// counts it again (a signing worker then posts the bytes as a Blob: sign-worker.ts).
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import type { EncodedUrlListPage } from './sign-protocol';

const encoder = new TextEncoder();

export function encodePage(page: SignedUrlListPage, listed = page.listed): EncodedUrlListPage {
  const { text, ...figures } = page;
  // a filtered page: `listed` is what the listing gave, page.listed what the filter kept
  const bytes = encoder.encode(text);
  return { ...figures, listed, matched: page.listed, content: bytes, byteLength: bytes.length };
}
