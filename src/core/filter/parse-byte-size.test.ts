import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BYTE_UNITS, parseByteSize } from './parse-byte-size';

describe('parseByteSize', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['512', 512],
    ['512 B', 512],
    ['1KB', 1024],
    ['1.5 kb', 1536],
    ['0.5 MB', 524_288],
    ['2 GB', 2 * 1024 ** 3],
  ])('reads %j as %s bytes', (text, bytes) => {
    expect(parseByteSize(text)).toEqual({ ok: true, bytes });
  });

  it.each([
    ['abc', 'unreadable'],
    ['-1', 'unreadable'],
    ['1e3', 'unreadable'],
    ['1 KiB', 'unreadable'],
    ['1 TB', 'unreadable'],
    ['1,5 MB', 'unreadable'],
    ['10 MB please', 'unreadable'],
    ['1.3 KB', 'fraction'],
    ['0.5', 'fraction'],
    ['99999 GB', 'too-large'],
  ])('refuses %j (%s)', (text, code) => {
    const r = parseByteSize(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });

  it('property: n UNIT reads back as n × unit bytes, with or without a space, any case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.constantFrom(...(Object.keys(BYTE_UNITS) as Array<keyof typeof BYTE_UNITS>)),
        fc.boolean(),
        fc.boolean(),
        (n, unit, space, lower) => {
          const text = `${n}${space ? ' ' : ''}${lower ? unit.toLowerCase() : unit}`;
          expect(parseByteSize(text)).toEqual({ ok: true, bytes: n * BYTE_UNITS[unit] });
        },
      ),
    );
  });

  it('property: whatever it accepts is a whole, non-negative number of bytes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseByteSize(text);
        if (r.ok && r.bytes !== undefined) {
          expect(Number.isInteger(r.bytes)).toBe(true);
          expect(r.bytes).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
