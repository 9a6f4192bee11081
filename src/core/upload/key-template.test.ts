import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RANDOM_BYTES_NEEDED,
  RANDOM_SUFFIX_LENGTH,
  expandKeyTemplate,
  randomSuffix,
  withRandomPlaceholder,
} from './key-template';

describe('randomSuffix', () => {
  it('is RANDOM_SUFFIX_LENGTH safe characters and uses every input bit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RANDOM_BYTES_NEEDED, maxLength: 32 }), (bytes) => {
        const s = randomSuffix(bytes);
        expect(s).toMatch(new RegExp(`^[0-9a-hjkmnp-tv-z]{${RANDOM_SUFFIX_LENGTH}}$`));
      }),
    );
    const zero = new Uint8Array(RANDOM_BYTES_NEEDED);
    const one = zero.slice();
    one[RANDOM_BYTES_NEEDED - 1] = 0x10; // a bit inside the 60 used
    expect(randomSuffix(zero)).not.toBe(randomSuffix(one));
  });
  it('refuses too few bytes', () => {
    expect(() => randomSuffix(new Uint8Array(2))).toThrow(RangeError);
  });
});

describe('withRandomPlaceholder', () => {
  it.each([
    ['in/report.pdf', 'in/report-{random}.pdf'],
    ['in/archive.tar.gz', 'in/archive.tar-{random}.gz'],
    ['in/README', 'in/README-{random}'],
    ['in.d/.env', 'in.d/.env-{random}'],
    ['a/{random}.txt', 'a/{random}.txt'],
  ])('%s → %s', (key, expected) => expect(withRandomPlaceholder(key)).toBe(expected));
});

describe('expandKeyTemplate', () => {
  const bytes = new Uint8Array(RANDOM_BYTES_NEEDED).fill(0xa5);
  it('replaces every {random} with the same suffix', () => {
    const key = expandKeyTemplate('in/{random}/x-{random}.bin', bytes);
    const suffix = randomSuffix(bytes);
    expect(key).toBe(`in/${suffix}/x-${suffix}.bin`);
  });
  it('refuses a folder or an invalid key', () => {
    expect(() => expandKeyTemplate('in/', bytes)).toThrow(/names a folder/);
    expect(() => expandKeyTemplate('/a', bytes)).toThrow(/leading slash/i);
  });
});
