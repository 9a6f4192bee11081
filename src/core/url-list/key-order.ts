// OSS lists keys in UTF-8 byte order; JS compares UTF-16 code units. They differ when a key has
// characters above U+FFFF (emoji) next to ones in U+E000–U+FFFF.

/** UTF-16 code unit → an order matching UTF-8 bytes: surrogates sort above U+FFFF. */
const rank = (c: number): number => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);

/** True when `a` comes after `b` in OSS's listing order. */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) > rank(y);
  }
  return a.length > b.length;
}
