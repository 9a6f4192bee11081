import { describe, expect, it } from 'vitest';
import { getCosHttpPairs } from './http-pairs';

describe('getCosHttpPairs', () => {
  it('gives the documentation’s UrlParamList and HttpParameters', () => {
    // "/?prefix=example-folder%2F&delimiter=%2F&max-keys=10", decoded
    expect(
      getCosHttpPairs([
        ['prefix', 'example-folder/'],
        ['delimiter', '/'],
        ['max-keys', '10'],
      ]),
    ).toEqual({
      keyList: 'delimiter;max-keys;prefix',
      pairs: 'delimiter=%2F&max-keys=10&prefix=example-folder%2F',
    });
    expect(getCosHttpPairs([['acl', null]])).toEqual({ keyList: 'acl', pairs: 'acl=' });
    expect(getCosHttpPairs([])).toEqual({ keyList: '', pairs: '' });
  });
  it('gives the documentation’s HeaderList and HttpHeaders', () => {
    expect(
      getCosHttpPairs([
        ['Host', 'examplebucket-1250000000.cos.ap-shanghai.myqcloud.com'],
        ['Date', 'Thu, 16 May 2019 03:15:06 GMT'],
        ['x-cos-acl', 'private'],
        ['x-cos-grant-read', 'uin="100000000011"'],
      ]),
    ).toEqual({
      keyList: 'date;host;x-cos-acl;x-cos-grant-read',
      pairs:
        'date=Thu%2C%2016%20May%202019%2003%3A15%3A06%20GMT&host=examplebucket-1250000000.cos.ap-shanghai.myqcloud.com&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22',
    });
  });
  it("encodes !'()* too, lower-cases names only, and refuses a name given twice", () => {
    expect(getCosHttpPairs([['X-A', "it's (1)*!"]]).pairs).toBe('x-a=it%27s%20%281%29%2A%21');
    expect(() =>
      getCosHttpPairs([
        ['Host', 'a'],
        ['host', 'b'],
      ]),
    ).toThrow(/"host" is given twice/);
  });
  it('does not mutate its input', () => {
    const fields = Object.freeze([Object.freeze(['b', '1'] as const), Object.freeze(['a', '2'] as const)]);
    getCosHttpPairs(fields);
    expect(fields.map(([n]) => n)).toEqual(['b', 'a']);
  });
});
