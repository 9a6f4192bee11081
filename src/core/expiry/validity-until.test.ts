import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALIDITY_MAX_SECONDS, VALIDITY_MIN_SECONDS } from './validity';
import { validityUntil } from './validity-until';

const NOW = Date.UTC(2026, 11, 2, 3, 0, 0);

describe('validityUntil', () => {
  it('two hours ahead is 7200 s', () => {
    expect(validityUntil(NOW + 7_200_000, NOW)).toEqual({ ok: true, seconds: 7200, withUnits: true });
  });

  it('same bounds and problems as a typed validity; the past is its own problem', () => {
    expect(validityUntil(NOW + 59_000, NOW)).toMatchObject({
      ok: false,
      problem: { code: 'too-short', seconds: 59 },
    });
    expect(validityUntil(NOW + 32_401_000, NOW)).toMatchObject({ ok: false, problem: { code: 'too-long' } });
    expect(validityUntil(NOW - 1000, NOW)).toMatchObject({ ok: false, problem: { code: 'in-the-past' } });
    expect(validityUntil(NaN, NOW)).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });

  it('property: accepted exactly inside the range, and never past the instant asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (deltaMs) => {
        const r = validityUntil(NOW + deltaMs, NOW);
        const whole = Math.floor(deltaMs / 1000);
        expect(r.ok).toBe(whole >= VALIDITY_MIN_SECONDS && whole <= VALIDITY_MAX_SECONDS);
        if (r.ok) {
          expect(NOW + r.seconds * 1000).toBeLessThanOrEqual(NOW + deltaMs);
          expect(NOW + deltaMs - (NOW + r.seconds * 1000)).toBeLessThan(1000);
        }
      }),
    );
  });
});
