// Names that would make a URL no client can open are refused before anything is signed with them.
import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { isParsableLabel, parseHostInput, validateBucketName } from './validate-names';

const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CoreInputError) return e.problem;
    throw e;
  }
  return undefined;
};

describe('names that start with xn--', () => {
  it('are punycode: valid ones pass, undecodable ones are refused (the WHATWG URL parser rejects them)', () => {
    expect(isParsableLabel('xn--fiqs8s')).toBe(true);
    expect(isParsableLabel('examplebucket')).toBe(true);
    expect(isParsableLabel('xn--a')).toBe(false);
    expect(() => new URL('http://xn--a.oss-cn-hangzhou.aliyuncs.com/')).toThrow();
  });
  it('a bucket named xn--a is refused with its own reason', () => {
    expect(problemOf(() => validateBucketName('xn--a'))).toEqual({
      code: 'BUCKET_PUNYCODE',
      bucket: 'xn--a',
      cloud: 'OSS',
    });
    expect(problemOf(() => validateBucketName('xn--fiqs8s'))).toBeUndefined();
  });
  it('a custom domain with an undecodable label is refused, naming the label', () => {
    expect(problemOf(() => parseHostInput('files.xn--a.example.com', 'domain'))).toMatchObject({
      code: 'DOMAIN_INVALID',
      reason: 'punycode',
      part: 'xn--a',
    });
    expect(parseHostInput('files.xn--fiqs8s', 'domain')).toEqual({ hostname: 'files.xn--fiqs8s' });
  });
});
