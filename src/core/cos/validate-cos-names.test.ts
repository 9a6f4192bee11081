import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { cosDefaultHost, validateCosBucketName, validateCosRegion } from './validate-cos-names';

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof CoreInputError ? e.code : 'other';
  }
  return 'ok';
};

describe('validateCosBucketName', () => {
  it('accepts BucketName-APPID names', () => {
    for (const b of ['examplebucket-1250000000', 'mybucket123-1250000000', '1-newproject-1250000000', 'a-1'])
      expect(codeOf(() => validateCosBucketName(b))).toBe('ok');
    // the documentation's longest example: exactly 60 characters of host
    expect(cosDefaultHost('123456789012345678901-1250000000', 'ap-beijing')).toHaveLength(60);
    expect(codeOf(() => validateCosBucketName('123456789012345678901-1250000000', 'ap-beijing'))).toBe('ok');
  });
  it('names the problem and the fix', () => {
    expect(() => validateCosBucketName('examplebucket')).toThrow(
      /does not end with "-APPID".*examplebucket-1250000000/,
    );
    expect(() => validateCosBucketName('Example-1250000000')).toThrow(/uppercase/);
    expect(() => validateCosBucketName('-x-1250000000')).toThrow(/not starting or ending with "-"/);
    expect(() => validateCosBucketName('x--1250000000')).toThrow(/not starting or ending/);
    expect(() => validateCosBucketName('my_bucket-1250000000')).toThrow(/only lowercase letters/);
    expect(() => validateCosBucketName('examplebucket-12500a')).toThrow(/-APPID/);
    expect(() => validateCosBucketName('1234567890123456789012-1250000000', 'ap-beijing')).toThrow(
      /61 characters, COS allows 60/,
    );
    expect(codeOf(() => validateCosBucketName('-1250000000'))).toBe('COS_BUCKET_CHARACTERS');
  });
  it('refuses an xn-- name that is not punycode, naming the COS console (found by the 200,000-case run)', () => {
    expect(() => validateCosBucketName('xn--0-1000000000')).toThrow(/not valid punycode.*COS console/);
    // with the APPID's digits in the encoded part, no xn-- COS name seems to decode; others are untouched
    expect(codeOf(() => validateCosBucketName('xn--a-1250000000'))).toBe('BUCKET_PUNYCODE');
    expect(codeOf(() => validateCosBucketName('xna-1250000000'))).toBe('ok');
  });
});

describe('validateCosRegion', () => {
  it('accepts COS region IDs', () => {
    for (const r of ['ap-guangzhou', 'ap-shanghai-fsi', 'na-siliconvalley', 'ap-beijing-1', 'eu-frankfurt'])
      expect(validateCosRegion(r)).toBe(r);
    expect(validateCosRegion(' ap-guangzhou ')).toBe('ap-guangzhou');
  });
  it('refuses hosts, retired names and "accelerate" with the fix', () => {
    expect(() => validateCosRegion('cos.ap-guangzhou.myqcloud.com')).toThrow(
      /not a COS region ID.*ap-guangzhou/,
    );
    expect(() => validateCosRegion('cn-south')).toThrow(/retired COS region name/);
    expect(() => validateCosRegion('accelerate')).toThrow(/acceleration host/);
    expect(codeOf(() => validateCosRegion('AP-Guangzhou'))).toBe('COS_REGION_INVALID');
    expect(codeOf(() => validateCosRegion(''))).toBe('COS_REGION_INVALID');
  });
});
