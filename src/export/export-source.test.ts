import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAfter, knownTotal, sourcePages } from './export-source';
import { fakeBucket, objectsNamed } from './export-test-kit';

async function keysOf(pages: AsyncIterable<Array<{ key: string }>>): Promise<string[]> {
  const out: string[] = [];
  for await (const p of pages) out.push(...p.map((e) => e.key));
  return out;
}

describe('export sources', () => {
  it('selection: given keys (with entries when known), then selected folders listed recursively', async () => {
    const objects = objectsNamed(['a/1.txt', 'a/b/', 'a/b/2.txt', 'c/3.txt', 'd.txt']);
    const { lister } = fakeBucket(objects, () => undefined);
    const pages = sourcePages(
      {
        kind: 'selection',
        selection: { keys: ['d.txt', 'a/1.txt', 'd.txt'], prefixes: ['a/', 'a/b/'], entries: objects },
      },
      lister,
    );
    // a/1.txt is inside the selected a/: listed once, with the folder; a/b/ marker is no file
    expect(await keysOf(pages)).toEqual(['d.txt', 'a/1.txt', 'a/b/2.txt']);
    expect(knownTotal({ kind: 'selection', selection: { keys: ['x'], prefixes: [] } })).toBe(1);
    expect(knownTotal({ kind: 'prefix', prefix: '' })).toBeUndefined();
  });

  it('search: everything under prefix + search', async () => {
    const { lister } = fakeBucket(objectsNamed(['p/ab/1', 'p/ac', 'p/abc']), () => undefined);
    expect(await keysOf(sourcePages({ kind: 'search', prefix: 'p/', search: 'ab' }, lister))).toEqual([
      'p/ab/1',
      'p/abc',
    ]);
  });

  it('drops keys a restarted listing repeats, so each key comes once', async () => {
    const objects = objectsNamed(['k1', 'k2', 'k3']);
    let calls = 0;
    const lister = {
      async *listAll() {
        calls += 1;
        yield { folders: [], objects: objects.slice(0, 2), isTruncated: true, keyCount: 2 };
        yield { folders: [], objects, isTruncated: false, keyCount: 3 };
      },
    };
    expect(await keysOf(sourcePages({ kind: 'prefix', prefix: '' }, lister))).toEqual(['k1', 'k2', 'k3']);
    expect(calls).toBe(1);
  });

  it('orders keys as OSS does (UTF-8 bytes), not as UTF-16 code units', () => {
    expect(isAfter('\u{1F600}', '\uFFFD')).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a), Buffer.from(b));
        expect(isAfter(a, b)).toBe(bytes > 0);
      }),
    );
  });
});
