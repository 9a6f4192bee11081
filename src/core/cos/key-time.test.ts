import { describe, expect, it } from 'vitest';
import { getCosKeyTime } from './key-time';

describe('getCosKeyTime', () => {
  it('starts one second before the rounded clock, as the official SDKs do', () => {
    expect(getCosKeyTime(1_557_989_151_400, 7200)).toEqual({
      start: 1_557_989_150,
      end: 1_557_989_150 + 7200,
      keyTime: '1557989150;1557996350',
    });
    // rounded, not floored: .5 s goes up
    expect(getCosKeyTime(1_557_989_151_500, 60).start).toBe(1_557_989_151);
  });
  it('takes a given start as is', () => {
    expect(getCosKeyTime(0, 7200, 1_557_989_151).keyTime).toBe('1557989151;1557996351');
  });
  it('refuses a validity or start that is not whole positive seconds', () => {
    expect(() => getCosKeyTime(0, 0)).toThrow(/whole, positive/);
    expect(() => getCosKeyTime(0, 1.5)).toThrow(/1.5 seconds/);
    expect(() => getCosKeyTime(0, 60, 1.5)).toThrow(/not a Unix time/);
  });
});
