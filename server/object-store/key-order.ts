// OSS lists keys in UTF-8 byte order. JavaScript compares UTF-16 code units, which disagrees for
// characters above U+FFFF (emoji) against U+E000..U+FFFF; fixing up the first differing unit gives
// code-point order, which equals UTF-8 byte order.

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800; // U+E000..U+FFFF sort before supplementary planes
  if (unit >= 0xd800) return unit + 0x2000; // surrogates (supplementary planes) sort last
  return unit;
}

export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Something that holds keys in compareKeys order, addressable by index. */
export interface SortedKeySource {
  readonly size: number;
  keyAt(index: number): string;
}

/** First index whose key does not satisfy `before` (which must hold for a prefix of the source). */
export function partitionPoint(source: SortedKeySource, before: (key: string) => boolean): number {
  let lo = 0;
  let hi = source.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(source.keyAt(mid))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
