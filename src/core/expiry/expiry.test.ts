import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import {
  CLOCK_SKEW_MARGIN_SECONDS,
  credentialsCover,
  getClockOffsetMs,
  getEffectiveExpiry,
  requiredCredentialSeconds,
  validateValidity,
} from './index';

describe('validity', () => {
  it('accepts 60–32400 whole seconds and refuses the rest with a message naming the range', () => {
    expect(() => validateValidity(60)).not.toThrow();
    expect(() => validateValidity(32_400)).not.toThrow();
    for (const bad of [59, 32_401, 0, -1, 60.5, Number.NaN]) {
      expect(() => validateValidity(bad)).toThrow(CoreInputError);
    }
    expect(() => validateValidity(59)).toThrow(/from 60 \(1 minute\) to 32400 \(9 hours\)/);
  });
});

describe('effective expiry', () => {
  it('is the URL expiry when the credentials outlive it', () => {
    expect(getEffectiveExpiry(1000, 2000)).toEqual({ expiresAt: 1000, limitedBy: 'url', shortfallMs: 0 });
    expect(getEffectiveExpiry(1000, undefined)).toEqual({
      expiresAt: 1000,
      limitedBy: 'url',
      shortfallMs: 0,
    });
  });
  it('is the credentials expiry, with the shortfall, when they end first', () => {
    expect(getEffectiveExpiry(5000, 2000)).toEqual({
      expiresAt: 2000,
      limitedBy: 'credentials',
      shortfallMs: 3000,
    });
  });
  it('is min(URL, STS) for any pair', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (url, sts) => {
        const e = getEffectiveExpiry(url, sts);
        expect(e.expiresAt).toBe(Math.min(url, sts));
        expect(e.shortfallMs).toBe(Math.max(0, url - sts));
      }),
    );
  });
  it('asks for credentials that cover the validity plus the skew margin', () => {
    const now = 1_700_000_000_000;
    expect(requiredCredentialSeconds(3600)).toBe(3600 + CLOCK_SKEW_MARGIN_SECONDS);
    expect(credentialsCover(now, 3600, now + (3600 + CLOCK_SKEW_MARGIN_SECONDS) * 1000)).toBe(true);
    expect(credentialsCover(now, 3600, now + 3600 * 1000)).toBe(false);
  });
  it('estimates the clock offset from a Date header, ignoring small differences', () => {
    const local = Date.parse('2024-01-01T00:00:00Z');
    expect(getClockOffsetMs('Mon, 01 Jan 2024 00:10:00 GMT', local)).toBe(600_000);
    expect(getClockOffsetMs('Mon, 01 Jan 2024 00:00:02 GMT', local)).toBe(0);
    expect(getClockOffsetMs('garbage', local)).toBe(0);
    expect(getClockOffsetMs(null, local)).toBe(0);
  });
});
