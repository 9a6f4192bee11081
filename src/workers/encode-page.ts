// A signed page as UTF-8: encoded once where it was made, with its length, so nothing encodes or counts it
// again. On the page's thread (workers off) the bytes are the content; a signing worker makes a Blob of
// them (sign-worker.ts), and encodes into one scratch buffer it keeps: TextEncoder.encode allocates a
// buffer per page, which in Chromium costs about three times encodeInto (bench: BENCHMARKS.md §2).
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import type { EncodedUrlListPage } from './sign-protocol';

const encoder = new TextEncoder();

/** How a page's text becomes its content: bytes (the page's thread) or a Blob (a signing worker). */
export type PageEncoder = (page: SignedUrlListPage, listed?: number) => EncodedUrlListPage;

function figuresOf(page: SignedUrlListPage, listed: number) {
  const { text: _text, ...figures } = page;
  // a filtered page: `listed` is what the listing gave, page.listed what the filter kept
  return { ...figures, listed, matched: page.listed };
}

export const encodePage: PageEncoder = (page, listed = page.listed) => {
  const bytes = encoder.encode(page.text);
  return { ...figuresOf(page, listed), content: bytes, byteLength: bytes.length };
};

/** A Blob of the page, encoded through one growing scratch buffer (never shared: the Blob copies it). */
export function blobPageEncoder(): PageEncoder {
  let scratch = new Uint8Array(1 << 20);
  return (page, listed = page.listed) => {
    const { text } = page;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a buffer that large always holds the whole text
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    return {
      ...figuresOf(page, listed),
      content: new Blob([scratch.subarray(0, written)]),
      byteLength: written,
    };
  };
}
