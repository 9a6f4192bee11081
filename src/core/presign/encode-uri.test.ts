import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeKeyForPath, encodeKeySegments } from './encode-uri';

const hasDotSegment = (key: string) => key.split('/').some((s) => s === '.' || s === '..');

const piece = fc.oneof(
  fc.constantFrom('/', '.', '..', '...', '%2E', '%2e', ' ', '+', '?', '#', '\\', '中文', '😀'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }),
);
const key = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

/** What a browser (WHATWG URL) sends as the path of `https://host/<path>`. */
const sentPath = (path: string) => new URL(`https://bucket.example/${path}`).pathname;

describe('encodeKeyForPath', () => {
  it('keeps keys without dot segments exactly as the official SDK writes them', () => {
    expect(encodeKeyForPath('a b/中文+.txt')).toBe('a%20b/%E4%B8%AD%E6%96%87%2B.txt');
    expect(encodeKeyForPath("it's/v1.2/.hidden/...")).toBe('it%27s/v1.2/.hidden/...');
    fc.assert(
      fc.property(key, (k) => {
        fc.pre(!hasDotSegment(k));
        expect(encodeKeyForPath(k)).toBe(encodeKeySegments(k));
      }),
    );
  });

  it('sends the "/" beside a dot segment as %2F, since browsers resolve %2E segments too', () => {
    // the reason %2E alone is no fix: WHATWG reads %2e and .%2e as dot segments
    expect(sentPath('a/%2E%2E/b')).toBe('/b');
    expect(sentPath('a/.%2e/b')).toBe('/b');
    expect(encodeKeyForPath('a/../b')).toBe('a/..%2Fb');
    expect(encodeKeyForPath('a/./b')).toBe('a/.%2Fb');
    expect(encodeKeyForPath('../x')).toBe('..%2Fx');
    expect(encodeKeyForPath('a/..')).toBe('a%2F..');
    expect(encodeKeyForPath('a/../')).toBe('a/..%2F');
    expect(encodeKeyForPath('a/../../b')).toBe('a/..%2F..%2Fb');
    expect(encodeKeyForPath('../')).toBe('..%2F');
    // nothing but a dot segment: no "/" to encode (browsers still resolve it; curl and Node do not)
    expect(encodeKeyForPath('..')).toBe('%2E%2E');
    expect(encodeKeyForPath('.')).toBe('%2E');
  });

  it('names the same key for OSS (which decodes the path) and survives a browser, for any key', () => {
    fc.assert(
      fc.property(key, (k) => {
        const path = encodeKeyForPath(k);
        expect(decodeURIComponent(path)).toBe(k);
        if (k !== '.' && k !== '..') expect(sentPath(path)).toBe(`/${path}`);
      }),
      { numRuns: 3000 },
    );
  });
});
