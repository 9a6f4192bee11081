import { describe, expect, it } from 'vitest';
import { BrokerError } from './broker-error';
import { parseStsAnswer } from './sts-credentials';

const FIELDS = {
  AccessKeyId: 'STS.id',
  AccessKeySecret: 'very-secret',
  SecurityToken: 'token-secret',
  Expiration: '2030-01-02T04:04:05Z',
};

const fail = (json: unknown): BrokerError => {
  try {
    parseStsAnswer(json);
  } catch (err) {
    if (err instanceof BrokerError) return err;
    throw err;
  }
  throw new Error('expected a BrokerError');
};

describe('parseStsAnswer', () => {
  it('accepts the flat shape with the durations', () => {
    const c = parseStsAnswer({ ...FIELDS, DurationSeconds: 3600, RequestedDurationSeconds: 32400 });
    expect(c).toEqual({
      accessKeyId: 'STS.id',
      accessKeySecret: 'very-secret',
      securityToken: 'token-secret',
      expiresAt: Date.UTC(2030, 0, 2, 4, 4, 5),
      grantedSeconds: 3600,
      requestedSeconds: 32400,
    });
  });
  it('accepts AssumeRole’s {Credentials: {…}} shape (extra fields ignored)', () => {
    const c = parseStsAnswer({
      RequestId: 'x',
      AssumedRoleUser: { Arn: 'acs:ram::1:role/r' },
      Credentials: FIELDS,
    });
    expect(c.accessKeyId).toBe('STS.id');
    expect(c.grantedSeconds).toBeUndefined();
  });
  it('names the missing or invalid field and the fix, never a secret value', () => {
    const missing = fail({
      AccessKeyId: 'STS.id',
      AccessKeySecret: 'very-secret',
      Expiration: FIELDS.Expiration,
    });
    expect(missing.kind).toBe('bad-answer');
    expect(missing.message).toContain('SecurityToken is missing');
    expect(missing.message).toContain('broker URL');
    expect(missing.message).not.toContain('very-secret');
    const nested = fail({ Credentials: { ...FIELDS, SecurityToken: undefined } });
    expect(nested.message).toContain('Credentials.SecurityToken is missing');
    const badDate = fail({ ...FIELDS, Expiration: 'tomorrow' });
    expect(badDate.message).toMatch(/Expiration is invalid \(expected an ISO 8601 date/);
    expect(badDate.message).not.toContain('token-secret');
    expect(fail('<html>').message).toContain('(document)');
    expect(fail({ ...FIELDS, DurationSeconds: 'long' }).message).toContain('DurationSeconds is invalid');
  });
  it('redacts the secrets when serialised', () => {
    const text = JSON.stringify({ creds: parseStsAnswer(FIELDS) });
    expect(text).toContain('STS.id');
    expect(text).not.toContain('very-secret');
    expect(text).not.toContain('token-secret');
  });
});
