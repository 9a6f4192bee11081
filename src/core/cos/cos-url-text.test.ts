import { describe, expect, it } from 'vitest';
import { getCosKeyPath, getCosUrlQuery } from './cos-url-text';

describe('getCosKeyPath', () => {
  it("encodes every byte but unreserved ones and '/', including !'()*", () => {
    expect(getCosKeyPath("a b/c+d/(1)!'*~.txt")).toBe('a%20b/c%2Bd/%281%29%21%27%2A~.txt');
    expect(getCosKeyPath('腾讯云/😀#?%')).toBe('%E8%85%BE%E8%AE%AF%E4%BA%91/%F0%9F%98%80%23%3F%25');
  });
});

describe('getCosUrlQuery', () => {
  it('sorts by lower-cased name, keeps the names’ case and encodes the values', () => {
    expect(
      getCosUrlQuery([
        ['x-cos-traffic-limit', '819200'],
        ['versionId', 'a+b='],
        ['response-content-disposition', 'attachment; filename="a b.txt"'],
      ]),
    ).toBe(
      'response-content-disposition=attachment%3B%20filename%3D%22a%20b.txt%22&versionId=a%2Bb%3D&x-cos-traffic-limit=819200',
    );
  });
});
