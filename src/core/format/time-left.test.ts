import { describe, expect, it } from 'vitest';
import { formatTimeLeft } from './time-left';

describe('formatTimeLeft', () => {
  it('shows mm:ss under an hour and h m above', () => {
    expect(formatTimeLeft(0)).toBe('0:00');
    expect(formatTimeLeft(-5000)).toBe('0:00');
    expect(formatTimeLeft(59_999)).toBe('0:59');
    expect(formatTimeLeft(14 * 60_000 + 5000)).toBe('14:05');
    expect(formatTimeLeft(3_599_000)).toBe('59:59');
    expect(formatTimeLeft(3_600_000)).toBe('1 h 00 m');
    expect(formatTimeLeft(3_900_000 + 59_000)).toBe('1 h 05 m');
  });
});
