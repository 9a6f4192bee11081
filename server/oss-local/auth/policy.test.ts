import { describe, expect, it } from 'vitest';
import { evaluatePolicy, globMatch, policySchema, type Policy } from './policy';

const arn = (path: string): string => `acs:oss:cn-local:1000000000000001:${path}`;

describe('globMatch', () => {
  it.each([
    ['acs:oss:*:*:bucket/photos/*', arn('bucket/photos/2024/a.png'), true],
    ['acs:oss:*:*:bucket/photos/*', arn('bucket/photosx'), false],
    ['acs:oss:*:*:bucket', arn('bucket'), true],
    ['acs:oss:*:*:bucket', arn('bucket/a'), false],
    ['acs:oss:*:*:bucket/a?.txt', arn('bucket/ab.txt'), true],
    ['acs:oss:*:*:bucket/(x).txt', arn('bucket/(x).txt'), true],
  ])('%s ~ %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });
});

describe('evaluatePolicy', () => {
  const policy: Policy = policySchema.parse({
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: 'oss:Get*', Resource: 'acs:oss:*:*:bucket/*' },
      { Effect: 'Deny', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:bucket/secret/*'] },
      {
        Effect: 'Allow',
        Action: ['oss:ListObjects'],
        Resource: ['acs:oss:*:*:bucket'],
        Condition: { StringLike: { 'oss:Prefix': ['docs/*'] } },
      },
      {
        Effect: 'Allow',
        Action: ['oss:PutObject'],
        Resource: ['acs:oss:*:*:bucket/*'],
        Condition: { DateLessThan: { 'acs:CurrentTime': '2000-01-01' } },
      },
    ],
  });
  const ask = (action: string, path: string, context: Record<string, string> = {}) =>
    evaluatePolicy(policy, { action, resource: arn(path), context });

  it('allows by wildcard action, case-insensitively', () => {
    expect(ask('oss:GetObject', 'bucket/a.txt')).toBe('allow');
    expect(ask('OSS:getobject', 'bucket/a.txt')).toBe('allow');
  });
  it('lets an explicit Deny win', () => {
    expect(ask('oss:GetObject', 'bucket/secret/k.txt')).toBe('deny');
  });
  it('applies String conditions on request keys', () => {
    expect(ask('oss:ListObjects', 'bucket', { 'oss:Prefix': 'docs/2024/' })).toBe('allow');
    expect(ask('oss:ListObjects', 'bucket', { 'oss:Prefix': 'photos/' })).toBe('none');
    expect(ask('oss:ListObjects', 'bucket')).toBe('none');
  });
  it('never lets an unknown condition operator grant access', () => {
    expect(ask('oss:PutObject', 'bucket/a.txt')).toBe('none');
  });
  it('gives no decision for other actions and buckets', () => {
    expect(ask('oss:DeleteObject', 'bucket/a.txt')).toBe('none');
    expect(ask('oss:GetObject', 'other/a.txt')).toBe('none');
  });
});
