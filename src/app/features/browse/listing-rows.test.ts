import { describe, expect, it } from 'vitest';
import type { ListPage } from '../../../core/listing/parse-list-objects';
import { listingRows } from './listing-rows';
import { rangeBetween } from './selection-range';

const page = (folders: string[], keys: string[]): ListPage => ({
  folders,
  objects: keys.map((key) => ({ key, size: 3, lastModified: 0, etag: 'E', storageClass: 'Standard' })),
  isTruncated: false,
  keyCount: folders.length + keys.length,
});

describe('listing rows', () => {
  it('puts the folders of every loaded page first, names relative to the folder', () => {
    const rows = listingRows(
      [
        page(['tricky/a/'], ['tricky/a b.txt', 'tricky/😀.txt']),
        page(['tricky/z/', 'tricky/a/'], ['tricky/z.png']),
      ],
      'tricky/',
    );
    expect(rows.map((r) => `${r.kind}:${r.name}`)).toEqual([
      'folder:a',
      'folder:z',
      'object:a b.txt',
      'object:😀.txt',
      'object:z.png',
    ]);
    expect(rows[4]).toMatchObject({ key: 'tricky/z.png', contentType: 'image/png' });
  });
});

describe('shift-click range', () => {
  const rows = ['a', 'b', 'c', 'd'].map((key) => ({ kind: 'object' as const, key }));
  it('takes the rows between the anchor and the target, either direction', () => {
    expect(rangeBetween(rows, 'b', 'd').map((r) => r.key)).toEqual(['b', 'c', 'd']);
    expect(rangeBetween(rows, 'd', 'a').map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(rangeBetween(rows, undefined, 'c').map((r) => r.key)).toEqual(['c']);
    expect(rangeBetween(rows, 'gone', 'c').map((r) => r.key)).toEqual(['c']);
    expect(rangeBetween(rows, 'a', 'gone')).toEqual([]);
  });
});
