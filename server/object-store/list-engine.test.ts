import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from './key-order';
import { entryName, listEntries, type ListRequest } from './list-engine';
import { SortedKeys } from './sorted-keys';
import { SyntheticFolder } from './synthetic-folder';

/** The obvious O(n) listing, as the reference the fast engine must agree with. */
function naiveList(keys: string[], req: ListRequest): { names: string[]; truncated: boolean } {
  const sorted = [...new Set(keys)].sort(compareKeys);
  const names: string[] = [];
  for (const key of sorted) {
    if (!key.startsWith(req.prefix)) continue;
    let name = key;
    if (req.delimiter) {
      const cut = key.indexOf(req.delimiter, req.prefix.length);
      if (cut !== -1) name = key.slice(0, cut + req.delimiter.length);
    }
    if (req.after !== undefined && compareKeys(name, req.after) <= 0) continue;
    if (names[names.length - 1] !== name) names.push(name);
  }
  return { names: names.slice(0, req.maxKeys), truncated: names.length > req.maxKeys };
}

function sortedKeys(keys: string[]): SortedKeys {
  const s = new SortedKeys();
  for (const k of keys) s.add(k);
  return s;
}

describe('compareKeys', () => {
  it('orders by UTF-8 bytes, not UTF-16 units', () => {
    const a = '\uff01'; // U+FF01, 3 UTF-8 bytes starting EF
    const b = '😀'; // U+1F600, 4 bytes starting F0
    expect(compareKeys(a, b)).toBeLessThan(0);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBeLessThan(0);
  });
});

describe('listEntries', () => {
  const keys = [
    'a.txt',
    'photos/2024/1.png',
    'photos/2024/2.png',
    'photos/2025/1.png',
    'photos/top.png',
    'z/',
  ];

  it('rolls up common prefixes and pages with a marker', () => {
    const src = sortedKeys(keys);
    const page1 = listEntries([src], { prefix: 'photos/', after: undefined, delimiter: '/', maxKeys: 2 });
    expect(page1.entries.map(entryName)).toEqual(['photos/2024/', 'photos/2025/']);
    expect(page1.truncated).toBe(true);
    const page2 = listEntries([src], {
      prefix: 'photos/',
      after: 'photos/2025/',
      delimiter: '/',
      maxKeys: 2,
    });
    expect(page2.entries.map(entryName)).toEqual(['photos/top.png']);
    expect(page2.truncated).toBe(false);
  });

  it('merges a synthetic folder with explicit keys, explicit duplicates once', () => {
    const folder = new SyntheticFolder({ bucket: 'b', prefix: 'big/', count: 1_000_000, lastModified: 0 });
    const src = sortedKeys(['big/000000001.txt', 'big/zzz', 'bif']);
    const r = listEntries([src, folder], {
      prefix: 'big/',
      after: 'big/000999998.txt',
      delimiter: undefined,
      maxKeys: 3,
    });
    expect(r.entries.map(entryName)).toEqual(['big/000999999.txt', 'big/zzz']);
    const s = listEntries([src, folder], {
      prefix: 'big/',
      after: undefined,
      delimiter: undefined,
      maxKeys: 3,
    });
    expect(s.entries.map(entryName)).toEqual(['big/000000000.txt', 'big/000000001.txt', 'big/000000002.txt']);
    expect(s.truncated).toBe(true);
  });

  it('agrees with the naive listing on random keys and requests', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '😀', '\uff01', ' ', '%');
    const key = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 40 }),
        fc.array(alphabet, { maxLength: 2 }).map((cs) => cs.join('')),
        fc.option(key, { nil: undefined }),
        fc.option(fc.constantFrom('/', 'b', '😀'), { nil: undefined }),
        fc.integer({ min: 1, max: 8 }),
        (ks, prefix, after, delimiter, maxKeys) => {
          const half = Math.floor(ks.length / 2);
          const req = { prefix, after, delimiter, maxKeys };
          const got = listEntries([sortedKeys(ks.slice(0, half)), sortedKeys(ks.slice(half))], req);
          const want = naiveList(ks, req);
          expect(got.entries.map(entryName)).toEqual(want.names);
          expect(got.truncated).toBe(want.truncated);
        },
      ),
      { numRuns: 400, seed: 20240601 },
    );
  });
});
