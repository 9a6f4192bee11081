import { describe, expect, it } from 'vitest';
import type { BucketScope } from './broker-config';
import { BrokerError } from './errors';
import { actionsFor, buildSessionPolicy, resolveScope, uploadScopeOf } from './session-policy';

const readOnly: BucketScope = {
  name: 'examplebucket',
  region: 'cn-local',
  prefix: '',
  upload: false,
  customDomains: [],
};
const scoped: BucketScope = {
  name: 'team-bucket',
  region: 'cn-local',
  prefix: 'shared/',
  upload: true,
  customDomains: [],
};
const buckets = [readOnly, scoped];

function rejection(request: { bucket?: string; prefix?: string }): BrokerError {
  try {
    resolveScope(buckets, 'examplebucket', request);
  } catch (err) {
    if (err instanceof BrokerError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('resolveScope', () => {
  it('uses the default bucket and the configured prefix when nothing is asked', () => {
    expect(resolveScope(buckets, 'examplebucket', {})).toEqual({ bucket: readOnly, prefix: '' });
    expect(resolveScope(buckets, 'examplebucket', { bucket: 'team-bucket' })).toEqual({
      bucket: scoped,
      prefix: 'shared/',
    });
  });

  it('narrows to a requested sub-prefix', () => {
    expect(
      resolveScope(buckets, 'examplebucket', { bucket: 'team-bucket', prefix: 'shared/2024/' }).prefix,
    ).toBe('shared/2024/');
    expect(resolveScope(buckets, 'examplebucket', { prefix: 'photos/中文 folder/' }).prefix).toBe(
      'photos/中文 folder/',
    );
  });

  it('cuts a requested prefix at the first policy wildcard, staying inside the configured scope', () => {
    expect(
      resolveScope(buckets, 'examplebucket', { bucket: 'team-bucket', prefix: 'shared/what?/x*' }).prefix,
    ).toBe('shared/what');
  });

  it('refuses an unknown bucket or a wider prefix with 403', () => {
    expect(rejection({ bucket: 'otherbucket' })).toMatchObject({ status: 403, code: 'BucketNotAllowed' });
    expect(rejection({ bucket: 'team-bucket', prefix: 'private/' })).toMatchObject({
      status: 403,
      code: 'PrefixNotAllowed',
    });
    expect(rejection({ bucket: 'team-bucket', prefix: 'shared' })).toMatchObject({ status: 403 });
  });
});

describe('buildSessionPolicy', () => {
  it('grants read-only access to the whole bucket by default', () => {
    expect(buildSessionPolicy({ bucket: readOnly, prefix: '' })).toEqual({
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/*'] },
        { Effect: 'Allow', Action: ['oss:ListObjects'], Resource: ['acs:oss:*:*:examplebucket'] },
        { Effect: 'Allow', Action: ['oss:ListCname'], Resource: ['acs:oss:*:*:examplebucket'] },
      ],
    });
  });

  it('scopes objects and listing to the prefix and adds upload actions when configured', () => {
    const policy = buildSessionPolicy({ bucket: scoped, prefix: 'shared/2024/' });
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: ['oss:GetObject', 'oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'],
      Resource: ['acs:oss:*:*:team-bucket/shared/2024/*'],
    });
    expect(policy.Statement[1]).toEqual({
      Effect: 'Allow',
      Action: ['oss:ListObjects'],
      Resource: ['acs:oss:*:*:team-bucket'],
      Condition: { StringLike: { 'oss:Prefix': ['shared/2024/*'] } },
    });
  });

  it('puts upload actions on the narrower uploadPrefix only, reads stay on the prefix', () => {
    const inbox: BucketScope = { ...scoped, uploadPrefix: 'shared/inbox/' };
    const policy = buildSessionPolicy({ bucket: inbox, prefix: 'shared/' });
    expect(policy.Statement.slice(0, 2)).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:team-bucket/shared/*'] },
      {
        Effect: 'Allow',
        Action: ['oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'],
        Resource: ['acs:oss:*:*:team-bucket/shared/inbox/*'],
      },
    ]);
    // a session narrowed inside the upload prefix uploads where it reads; outside it, not at all
    expect(uploadScopeOf({ bucket: inbox, prefix: 'shared/inbox/2024/' })).toBe('shared/inbox/2024/');
    expect(
      buildSessionPolicy({ bucket: inbox, prefix: 'shared/inbox/2024/' }).Statement[0]?.Action,
    ).toContain('oss:PutObject');
    expect(uploadScopeOf({ bucket: inbox, prefix: 'shared/docs/' })).toBeUndefined();
    const docs = buildSessionPolicy({ bucket: inbox, prefix: 'shared/docs/' });
    expect(docs.Statement.flatMap((s) => s.Action)).not.toContain('oss:PutObject');
    expect(uploadScopeOf({ bucket: readOnly, prefix: '' })).toBeUndefined();
  });

  it('lists the actions the console is told about', () => {
    expect(actionsFor(readOnly)).toEqual(['oss:GetObject', 'oss:ListObjects', 'oss:ListCname']);
    expect(actionsFor(scoped)).toContain('oss:PutObject');
  });
});
