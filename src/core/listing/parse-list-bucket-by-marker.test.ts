// COS GET Bucket (encoding-type=url) pages: the next marker as the browse parser reads it and as the
// export's listing worker reads it without parsing the objects (readMarkerCursor) are the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListBucketByMarker, readMarkerCursor } from './parse-list-objects';

const enc = (s: string) => encodeURIComponent(s);

function page(o: { keys: string[]; folders?: string[]; truncated: boolean; nextMarker?: string }): string {
  const contents = o.keys
    .map(
      (k) =>
        `<Contents><Key>${enc(k)}</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified>` +
        `<ETag>&quot;0cc175b9c0f1b6a831c399e269772661&quot;</ETag><Size>1</Size></Contents>`,
    )
    .join('');
  const folders = (o.folders ?? []).map((f) => `<CommonPrefixes><Prefix>${enc(f)}</Prefix></CommonPrefixes>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>examplebucket-1250000000</Name>` +
    `<EncodingType>url</EncodingType><Prefix></Prefix><Marker></Marker><MaxKeys>1000</MaxKeys>` +
    `<IsTruncated>${o.truncated}</IsTruncated>` +
    (o.nextMarker === undefined ? '' : `<NextMarker>${enc(o.nextMarker)}</NextMarker>`) +
    contents +
    folders.join('') +
    `</ListBucketResult>`
  );
}

describe('COS GET Bucket pages', () => {
  it('go on after NextMarker, decoded like the keys', () => {
    const xml = page({ keys: ['a b/报告.pdf', 'a+b/%.txt'], truncated: true, nextMarker: 'a+b/%.txt' });
    expect(parseListBucketByMarker(xml).nextContinuationToken).toBe('a+b/%.txt');
    expect(readMarkerCursor(xml)).toEqual({ nextContinuationToken: 'a+b/%.txt', lastKey: 'a+b/%.txt' });
  });

  it('go on after the last key or folder, whichever sorts later, when a truncated page names no marker', () => {
    const xml = page({ keys: ['a/1.txt'], folders: ['b/'], truncated: true });
    expect(parseListBucketByMarker(xml).nextContinuationToken).toBe('b/');
    expect(readMarkerCursor(xml)).toEqual({ nextContinuationToken: 'b/', lastKey: 'a/1.txt' });
  });

  it('end on a page that is not truncated', () => {
    const xml = page({ keys: ['z'], truncated: false, nextMarker: 'z' });
    const parsed = parseListBucketByMarker(xml);
    expect(parsed.isTruncated).toBe(false);
    expect(parsed.nextContinuationToken).toBeUndefined();
    expect(readMarkerCursor(xml)).toEqual({ nextContinuationToken: undefined, lastKey: 'z' });
  });

  it('refuse a truncated page with nowhere to go on from', () => {
    const xml = page({ keys: [], truncated: true });
    expect(() => parseListBucketByMarker(xml)).toThrow(/next marker/);
    expect(() => readMarkerCursor(xml)).toThrow(/next marker/);
  });

  it('agree, for any keys and folders (the worker reads the same cursor as the parser)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 6 }),
        fc.uniqueArray(
          name.map((s) => `${s}/`),
          { maxLength: 3 },
        ),
        fc.boolean(),
        fc.option(name, { nil: undefined }),
        (keys, folders, truncated, nextMarker) => {
          fc.pre(!truncated || nextMarker !== undefined || keys.length + folders.length > 0);
          const sorted = [...keys].sort();
          const xml = page({ keys: sorted, folders: [...folders].sort(), truncated, nextMarker });
          const parsed = parseListBucketByMarker(xml);
          const cursor = readMarkerCursor(xml);
          expect(cursor.nextContinuationToken).toBe(parsed.nextContinuationToken);
          expect(cursor.lastKey).toBe(parsed.objects.at(-1)?.key);
        },
      ),
    );
  });
});
