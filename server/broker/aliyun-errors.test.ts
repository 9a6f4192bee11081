import { describe, expect, it } from 'vitest';
import { mapStsError } from './aliyun-errors';

const stsAnswer = (statusCode: number, code: string) =>
  Object.assign(new Error(`code: ${statusCode}, ...`), {
    statusCode,
    code,
    requestId: 'REQ-1',
  });

describe('mapStsError', () => {
  it.each([
    ['EntityNotExist.Role', 'does not exist'],
    ['InvalidParameter.DurationSeconds', "raise the role's maximum session duration"],
    ['InvalidParameter.PolicyGrammar', 'refused the session policy'],
    ['InvalidAccessKeyId.NotFound', "refused the broker's own credentials"],
    ['SomethingNew', 'STS refused AssumeRole; see the broker log.'],
  ])('%s -> 502 with the fix', (code, fix) => {
    const err = mapStsError(stsAnswer(400, code));
    expect(err.status).toBe(502);
    expect(err.code).toBe('StsError');
    expect(err.message).toContain(fix);
    expect(err.message).toContain(`(STS code ${code}, request id REQ-1)`);
  });

  it('turns throttling into 503 with Retry-After', () => {
    const err = mapStsError(stsAnswer(400, 'Throttling.User'));
    expect(err.status).toBe(503);
    expect(err.headers['Retry-After']).toBe('5');
  });

  it('explains a missing base credential chain', () => {
    const err = mapStsError(
      new Error('unable to get credentials from any of the providers in the chain: ...'),
    );
    expect(err.code).toBe('StsNoBaseCredentials');
    expect(err.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
  });

  it('never copies an unexpected STS code or message into the answer', () => {
    const err = mapStsError(
      Object.assign(new Error('secret in message'), { statusCode: 400, code: 'bad code <x>' }),
    );
    expect(err.message).not.toContain('secret');
    expect(err.message).not.toContain('<x>');
  });
});
