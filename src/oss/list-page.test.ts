import { describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import { toListPage } from './list-page';

const sdkObject = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  url: 'ignored',
  lastModified: '2024-01-15T08:00:00.000Z',
  etag: '"5EB63BBBE01EEED093CB22BB8F5ACDC3"',
  type: 'Normal',
  size: 11,
  storageClass: 'Standard',
  owner: null,
  ...extra,
});

describe('toListPage', () => {
  it('decodes url-encoded keys and folders, unquotes the ETag, parses dates', () => {
    const page = toListPage(
      {
        objects: [sdkObject('tricky/a%20b%2Bc%25%23%3F.txt'), sdkObject('tricky/%E4%B8%AD%F0%9F%98%80.txt')],
        prefixes: ['tricky/sub%20dir/'],
        isTruncated: true,
        keyCount: 3,
        nextContinuationToken: 'tok',
      },
      { prefix: 'tricky/', urlEncoded: true },
    );
    expect(page).toEqual({
      folders: ['tricky/sub dir/'],
      objects: [
        {
          key: 'tricky/a b+c%#?.txt',
          size: 11,
          lastModified: Date.UTC(2024, 0, 15, 8),
          etag: '5EB63BBBE01EEED093CB22BB8F5ACDC3',
          storageClass: 'Standard',
          type: 'Normal',
        },
        expect.objectContaining({ key: 'tricky/中😀.txt' }),
      ],
      nextContinuationToken: 'tok',
      isTruncated: true,
      keyCount: 3,
    });
  });
  it('tolerates ali-oss’s nulls and NaN KeyCount; drops the folder’s own marker', () => {
    const page = toListPage(
      {
        objects: [sdkObject('f/'), sdkObject('f/x', { storageClass: undefined, type: undefined })],
        prefixes: null,
        isTruncated: false,
        keyCount: Number.NaN,
        nextContinuationToken: null,
      },
      { prefix: 'f/', urlEncoded: false },
    );
    expect(page.objects.map((o) => o.key)).toEqual(['f/x']);
    expect(page.objects[0]?.storageClass).toBe('Standard');
    expect(page.objects[0]).not.toHaveProperty('type');
    expect(page.keyCount).toBe(1);
    expect(page).not.toHaveProperty('nextContinuationToken');
  });
  it('refuses an answer that is not a listing, naming what is wrong', () => {
    expect(() =>
      toListPage(
        { objects: [{ name: 'x' }], isTruncated: false, keyCount: 1 },
        { prefix: '', urlEncoded: true },
      ),
    ).toThrow(OssError);
    expect(() => toListPage('<html>', { prefix: '', urlEncoded: true })).toThrow(
      /listing answer could not be read/,
    );
    expect(() =>
      toListPage(
        { objects: [sdkObject('%E4%B8')], isTruncated: false, keyCount: 1 },
        { prefix: '', urlEncoded: true },
      ),
    ).toThrow(/percent-encoding/);
  });
});
