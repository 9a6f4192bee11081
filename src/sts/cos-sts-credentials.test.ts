import { describe, expect, it } from 'vitest';
import { BrokerError } from './broker-error';
import { isCosStsAnswer, parseCosStsAnswer } from './cos-sts-credentials';
import { parseStsAnswer } from './sts-credentials';

// the answer server/broker/sts-route.ts sends for a COS bucket
const TAGGED = {
  provider: 'cos',
  tmpSecretId: 'AKIDtmp',
  tmpSecretKey: 'tmp-secret',
  sessionToken: 'session-token-secret',
  expiration: '2030-01-02T04:04:05Z',
  expiredTime: Date.UTC(2030, 0, 2, 4, 4, 5) / 1000,
  bucket: 'examplebucket-1250000000',
  region: 'ap-guangzhou',
  appId: '1250000000',
  prefix: 'docs/',
  uploadPrefix: 'docs/incoming/',
  durationSeconds: 3600,
  requestedDurationSeconds: 32400,
};

const fail = (parse: (json: unknown) => unknown, json: unknown): BrokerError => {
  try {
    parse(json);
  } catch (err) {
    if (err instanceof BrokerError) return err;
    throw err;
  }
  throw new Error('expected a BrokerError');
};

describe('parseCosStsAnswer', () => {
  it('accepts the broker’s provider-tagged answer with its scope and durations', () => {
    expect(parseCosStsAnswer(TAGGED)).toEqual({
      provider: 'cos',
      secretId: 'AKIDtmp',
      secretKey: 'tmp-secret',
      sessionToken: 'session-token-secret',
      expiresAt: Date.UTC(2030, 0, 2, 4, 4, 5),
      grantedSeconds: 3600,
      requestedSeconds: 32400,
      scope: {
        bucket: 'examplebucket-1250000000',
        region: 'ap-guangzhou',
        appId: '1250000000',
        prefix: 'docs/',
        uploadPrefix: 'docs/incoming/',
      },
    });
  });

  it('accepts qcloud-cos-sts’s {credentials, expiredTime} and the STS API’s {Credentials, ExpiredTime}', () => {
    const sdk = parseCosStsAnswer({
      credentials: { tmpSecretId: 'AKIDa', tmpSecretKey: 'ka', sessionToken: 'ta' },
      expiredTime: 1_900_000_000,
      expiration: '2030-03-17T17:46:40Z',
      startTime: 1_899_998_200,
    });
    expect(sdk).toMatchObject({ secretId: 'AKIDa', secretKey: 'ka', sessionToken: 'ta' });
    expect(sdk.expiresAt).toBe(1_900_000_000_000);
    const api = parseCosStsAnswer({
      Credentials: { TmpSecretId: 'AKIDb', TmpSecretKey: 'kb', Token: 'tb' },
      ExpiredTime: 1_900_000_000,
      RequestId: 'r',
    });
    expect(api).toMatchObject({ secretId: 'AKIDb', secretKey: 'kb', sessionToken: 'tb' });
    expect(api.expiresAt).toBe(1_900_000_000_000);
  });

  it('names the missing or wrong field and the fix', () => {
    const { sessionToken: _, ...noToken } = TAGGED;
    const e = fail(parseCosStsAnswer, noToken);
    expect(e.kind).toBe('bad-answer');
    expect(e.problem).toContain('sessionToken');
    expect(e.fix).toContain('"provider": "cos"');
    expect(fail(parseCosStsAnswer, { ...TAGGED, expiration: 'soon' }).problem).toContain('ISO 8601');
    expect(
      fail(parseCosStsAnswer, {
        Credentials: { TmpSecretId: 'a', TmpSecretKey: 'b', Token: 'c' },
        ExpiredTime: 'tomorrow',
      }).problem,
    ).toContain('ExpiredTime');
  });

  it('never serializes the secrets', () => {
    const text = JSON.stringify(parseCosStsAnswer(TAGGED));
    expect(text).not.toContain('tmp-secret');
    expect(text).not.toContain('session-token-secret');
    expect(text).toContain('AKIDtmp');
  });
});

describe('the OSS parser and a COS answer', () => {
  it('tells the COS shapes apart from the OSS ones', () => {
    expect(isCosStsAnswer(TAGGED)).toBe(true);
    expect(isCosStsAnswer({ Credentials: { TmpSecretId: 'a' } })).toBe(true);
    expect(isCosStsAnswer({ credentials: { tmpSecretId: 'a' } })).toBe(true);
    expect(isCosStsAnswer({ Credentials: { AccessKeyId: 'STS.a' } })).toBe(false);
    expect(isCosStsAnswer({ AccessKeyId: 'STS.a', provider: 'oss' })).toBe(false);
    expect(isCosStsAnswer(null)).toBe(false);
  });

  it('refuses a COS key where OSS credentials were asked for, saying so', () => {
    const e = fail(parseStsAnswer, TAGGED);
    expect(e.problem).toMatch(/Tencent COS temporary key where Alibaba Cloud OSS credentials were expected/);
  });
});
