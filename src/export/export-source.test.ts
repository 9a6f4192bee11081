import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
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
    // a/1.txt is inside the selected a/: listed once, with the folder; the a/b/ marker goes on to the
    // page signer, which counts it (no row) so the summary can say so
    expect(await keysOf(pages)).toEqual(['d.txt', 'a/1.txt', 'a/b/', 'a/b/2.txt']);
    expect(knownTotal({ kind: 'selection', selection: { keys: ['x'], prefixes: [] } })).toBe(1);
    expect(knownTotal({ kind: 'prefix', prefix: '' })).toBeUndefined();
  });

  it('selection: keys without a listing entry get size, date, ETag and type by HEAD; gone keys are reported', async () => {
    const objects = objectsNamed(['known.txt']);
    const { lister } = fakeBucket(objects, () => undefined);
    const headed: string[] = [];
    let active = 0;
    let peak = 0;
    const header = {
      async head(key: string) {
        headed.push(key);
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 1));
        active -= 1;
        if (key === 'gone.txt')
          throw new OssError({
            code: 'NoSuchKey',
            message: 'gone',
            status: 404,
            requestId: undefined,
            hostId: undefined,
          });
        return {
          key,
          size: key.length,
          lastModified: Date.UTC(2024, 0, 2),
          etag: `E-${key}`,
          contentType: 'image/png',
          storageClass: undefined,
          type: undefined,
          requestId: undefined,
          meta: {},
        };
      },
    };
    const missing: string[] = [];
    const keys = [
      'b.png',
      'known.txt',
      'gone.txt',
      'a.png',
      ...Array.from({ length: 20 }, (_, i) => `n${i}`),
    ];
    const pages = sourcePages(
      { kind: 'selection', selection: { keys, prefixes: [], entries: objects } },
      lister,
      {
        header,
        headConcurrency: 3,
        onMissing: (k) => missing.push(k),
      },
    );
    const rows: UrlListEntry[] = [];
    for await (const p of pages) rows.push(...p);
    expect(rows.map((r) => r.key)).toEqual(keys.filter((k) => k !== 'gone.txt'));
    // the listing entry is used as is: no HEAD for it
    expect(headed).not.toContain('known.txt');
    expect(rows[1]).toEqual({
      key: 'known.txt',
      size: objects[0]!.size,
      lastModified: objects[0]!.lastModified,
      etag: objects[0]!.etag,
    });
    expect(rows[0]).toEqual({
      key: 'b.png',
      size: 5,
      lastModified: Date.UTC(2024, 0, 2),
      etag: 'E-b.png',
      contentType: 'image/png',
    });
    expect(missing).toEqual(['gone.txt']);
    expect(peak).toBeLessThanOrEqual(3);
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
