import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64, toBase64Query } from './hash-kit';

describe('toBase64 / toBase64Query', () => {
  it('toBase64 is RFC 4648 base64 (padded), for every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 2000 },
    );
  });

  it('toBase64Query is encodeURIComponent(toBase64(bytes)): what a V1 URL carries as Signature', () => {
    // "+++++w==" and "//////8=": both alphabet characters that need escaping, and both paddings
    expect(toBase64Query(new Uint8Array([0xfb, 0xef, 0xbe, 0xfb]))).toBe('%2B%2B%2B%2B%2Bw%3D%3D');
    expect(toBase64Query(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('%2F%2F%2F%2F%2F%2F8%3D');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(toBase64Query(bytes)).toBe(encodeURIComponent(toBase64(bytes)));
      }),
      { numRuns: 2000 },
    );
  });
});
