import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './refresh-schedule';

const mid = () => 0.5;
const MIN = 60_000;

describe('refreshDelayMs', () => {
  it('is the earlier of 80 % of the lifetime and 5 minutes before expiry', () => {
    expect(refreshDelayMs(60 * MIN, mid)).toBe(48 * MIN); // 80 % (48 min) < 55 min
    expect(refreshDelayMs(9 * 60 * MIN, mid)).toBe(432 * MIN); // 80 % of 9 h
    expect(refreshDelayMs(20 * MIN, mid)).toBe(15 * MIN); // 5 min before (15) < 80 % (16)
  });
  it('never comes before half the lifetime (short credentials)', () => {
    expect(refreshDelayMs(2 * MIN, mid)).toBe(MIN);
    expect(refreshDelayMs(0, mid)).toBe(0);
    expect(refreshDelayMs(-5, mid)).toBe(0);
  });
  it('jitters by ±10 %', () => {
    expect(refreshDelayMs(60 * MIN, () => 0)).toBe(Math.round(48 * MIN * 0.9));
    expect(refreshDelayMs(60 * MIN, () => 0.999_999)).toBeCloseTo(48 * MIN * 1.1, -2);
  });
});
