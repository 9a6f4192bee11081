import { describe, expect, it } from 'vitest';
import { planQrCode } from './qr-size';

describe('planQrCode', () => {
  it('sizes a code so each module gets 4 px and the quiet zone 4 modules', () => {
    expect(planQrCode(17)).toEqual({ version: 1, modules: 21, sizePx: 116, hardToScan: false });
    expect(planQrCode(18)?.version).toBe(2);
    // a V4 URL with an STS token is around 1,100 bytes
    expect(planQrCode(1100)).toMatchObject({ version: 24, modules: 113, sizePx: 484, hardToScan: false });
    expect(planQrCode(1300)).toMatchObject({ version: 26, hardToScan: true });
    expect(planQrCode(2953)?.version).toBe(40);
    expect(planQrCode(2954)).toBeUndefined();
  });
});
