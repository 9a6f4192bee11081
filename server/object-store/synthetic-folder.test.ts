// A synthetic folder's listing figures are those of its content, however often and in whatever order the
// keys are listed (ETags are remembered between listings, within a bound).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SyntheticFolder } from './synthetic-folder';

const md5 = (b: Buffer) => `"${createHash('md5').update(b).digest('hex').toUpperCase()}"`;

describe('SyntheticFolder.listingMeta', () => {
  it('gives the ETag and size of the bytes GET returns, on every listing', () => {
    const folder = new SyntheticFolder({ bucket: 'b', prefix: 'big/', count: 400_000, lastModified: 0 });
    // more indexes than the memo keeps, then some again: first listing, remembered, and after a reset
    const indexes = [0, 1, 399_999, 123_456, 0, 1, 123_456];
    for (let i = 0; i < 260_000; i += 1) folder.listingMeta(i);
    for (const index of [...indexes, 5, 259_999, 260_001]) {
      const key = folder.keyAt(index);
      const meta = folder.listingMeta(index, key);
      const content = folder.content(key);
      expect(meta).toEqual({ key, size: content.length, etag: md5(content), lastModified: 0 });
    }
  });
});
