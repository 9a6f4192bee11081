import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValidity } from './parse-validity';
import { VALIDITY_MAX_SECONDS, VALIDITY_MIN_SECONDS } from './validity';

describe('parseValidity', () => {
  it.each([
    ['600', 600, false],
    [' 3600 ', 3600, false],
    ['90m', 5400, true],
    ['90 min', 5400, true],
    ['1h', 3600, true],
    ['9h', 32_400, true],
    ['1h30m', 5400, true],
    ['1H 30M', 5400, true],
    ['120s', 120, true],
  ])('reads %j as %d seconds', (text, seconds, withUnits) => {
    expect(parseValidity(text)).toEqual({ ok: true, seconds, withUnits });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'unreadable'],
    ['0x10', 'unreadable'],
    ['1e3', 'unreadable'],
    ['-600', 'unreadable'],
    ['+600', 'unreadable'],
    ['600 seconds please', 'unreadable'],
    ['1d', 'unreadable'],
    ['600.5', 'fraction'],
    ['1.5h', 'fraction'],
    ['59', 'too-short'],
    ['0', 'too-short'],
    ['32401', 'too-long'],
    ['10h', 'too-long'],
  ])('refuses %j (%s), never a prefix of it', (text, code) => {
    const r = parseValidity(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });

  it('every whole number of seconds in range reads as itself, every other as out of range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (n) => {
        const r = parseValidity(String(n));
        if (n >= VALIDITY_MIN_SECONDS && n <= VALIDITY_MAX_SECONDS)
          expect(r).toEqual({ ok: true, seconds: n, withUnits: false });
        else expect(r.ok).toBe(false);
      }),
    );
  });

  it('text that is a number followed by anything else is never read as that number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 32_400 }),
        fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\s*$/.test(s) && !/^\d/.test(s)),
        (n, tail) => {
          const r = parseValidity(`${n}${tail}`);
          if (r.ok) expect(/^\s*(h|m|min|s)/i.test(tail)).toBe(true);
        },
      ),
    );
  });
});
