import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { validateCosObjectKey } from './validate-cos-object-key';

const codeOf = (key: string): string => {
  try {
    validateCosObjectKey(key);
  } catch (e) {
    return e instanceof CoreInputError ? e.code : 'other';
  }
  return 'ok';
};

describe('validateCosObjectKey', () => {
  it('accepts the keys that break naive code', () => {
    for (const key of [
      'a b.txt',
      'a+b.txt',
      '100%.txt',
      '#1?.txt',
      '=x',
      '?a',
      '~x',
      '腾讯云.txt',
      '😀',
      'a/b/c/',
    ]) {
      expect(codeOf(key)).toBe('ok');
    }
    expect(codeOf('a'.repeat(850))).toBe('ok');
  });
  it('applies the COS rules, naming COS (not OSS) and the fix', () => {
    expect(() => validateCosObjectKey('/a.txt')).toThrow(
      /which COS does not allow.*Remove the leading slash/,
    );
    expect(codeOf('\\a.txt')).toBe('KEY_LEADING_SLASH');
    expect(() => validateCosObjectKey('中'.repeat(284))).toThrow(/852 bytes.*COS allows at most 850/);
    expect(() => validateCosObjectKey('a\u001bb')).toThrow(/U\+001B/);
    for (const c of ['\u0018', '\u0019', '\u001a', '\u001b'])
      expect(codeOf(`a${c}`)).toBe('KEY_INVALID_CHARACTER');
    expect(codeOf('a\u0017b')).toBe('ok');
  });
  it('shares the rules that agree with OSS', () => {
    expect(codeOf('')).toBe('KEY_EMPTY');
    expect(codeOf('a\uD800b')).toBe('KEY_INVALID_UNICODE');
  });
});
