import { describe, expect, it } from 'vitest';
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import { blobPageEncoder, encodePage } from './encode-page';

const pageOf = (text: string, listed = 3): SignedUrlListPage =>
  ({ text, rows: 2, listed, failures: [], samples: [], folderMarkers: 0 }) as unknown as SignedUrlListPage;

describe('blobPageEncoder', () => {
  it('gives the bytes encodePage gives, as a Blob, for every page it encodes (its scratch buffer reused and grown)', async () => {
    const encode = blobPageEncoder();
    const texts = [
      'a,b\r\n',
      // longer than the first scratch buffer: it grows
      `${'中文/𝄞,'.repeat(60_000)}\r\n`,
      // shorter again after a long one: nothing of the long page is left in it
      'é,"x"\r\n',
      '',
    ];
    for (const text of texts) {
      const expected = encodePage(pageOf(text));
      const got = encode(pageOf(text));
      expect(got.content).toBeInstanceOf(Blob);
      const bytes = new Uint8Array(await (got.content as Blob).arrayBuffer());
      // Buffer.equals: toEqual over megabytes of bytes takes seconds
      expect(Buffer.from(bytes).equals(expected.content as Uint8Array)).toBe(true);
      expect(new TextDecoder().decode(bytes)).toBe(text);
      expect(got.byteLength).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('keeps what a filtered page counted: listed from the listing, matched from the filter', () => {
    const got = blobPageEncoder()(pageOf('k\r\n', 1), 5);
    expect(got.listed).toBe(5);
    expect(got.matched).toBe(1);
    expect('text' in got).toBe(false);
  });
});
