import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength, validateObjectKey } from './validate-object-key';

describe('validateObjectKey', () => {
  it('accepts the keys that break naive code', () => {
    for (const key of [
      'a b.txt',
      'a+b.txt',
      '100%.txt',
      '#1?.txt',
      '~x',
      '中文 文件.txt',
      '😀.txt',
      'a/b/c/',
      "it's.txt",
    ]) {
      expect(() => validateObjectKey(key)).not.toThrow();
    }
  });
  it('refuses empty, leading-slash, broken-unicode and over-long keys with the fix', () => {
    expect(() => validateObjectKey('')).toThrow(/empty/);
    expect(() => validateObjectKey('/a.txt')).toThrow(/Remove the leading slash/);
    expect(() => validateObjectKey('\\a.txt')).toThrow(/starts with/);
    expect(() => validateObjectKey('a\uD800b')).toThrow(/lone surrogate/);
    expect(() => validateObjectKey('中'.repeat(342))).toThrow(/1026 bytes.*at most 1023/);
    expect(() => validateObjectKey('a'.repeat(1023))).not.toThrow();
  });
  it('counts UTF-8 bytes like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });
});
