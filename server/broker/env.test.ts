import { describe, expect, it } from 'vitest';
import { BrokerConfigError, parseBrokerEnv } from './env';
import { TEST_TOKEN, testConfig, testEnv } from './test-fixtures';

const aliyunEnv = {
  BROKER_MODE: 'aliyun',
  BROKER_TOKENS: `alice:${TEST_TOKEN}`,
  BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
  BROKER_REGION: 'cn-hangzhou',
  BROKER_BUCKET: 'examplebucket',
  BROKER_PREFIX: 'shared/',
  BROKER_ROLE_ARN: 'acs:ram::123456789012:role/oss-link-console',
};

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    parseBrokerEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(BrokerConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('parseBrokerEnv', () => {
  it('gives local mode sensible defaults', () => {
    const config = parseBrokerEnv({ BROKER_AUTH: 'none' });
    expect(config.mode).toBe('local');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      auth: { tokens: [], anonymous: true },
      duration: { min: 900, max: 3600, default: 3600 },
      rateLimitPerMinute: 60,
      oss: { region: 'cn-local', endpoint: 'oss-cn-local.localhost:9000', secure: false },
      buckets: [{ name: 'examplebucket', region: 'cn-local', prefix: '', upload: false, customDomains: [] }],
      defaultBucket: 'examplebucket',
    });
    if (config.mode !== 'local') throw new Error('unreachable');
    expect(config.local.stackKeyGenerated).toBe(true);
    expect(config.local.stackKey.length).toBeGreaterThanOrEqual(32);
  });

  it('reads aliyun mode', () => {
    const config = parseBrokerEnv({ ...aliyunEnv, BROKER_STS_ENDPOINT: 'sts.cn-hangzhou.aliyuncs.com' });
    expect(config).toMatchObject({
      mode: 'aliyun',
      oss: { region: 'cn-hangzhou', endpoint: 'oss-cn-hangzhou.aliyuncs.com', secure: true },
      aliyun: {
        roleArn: aliyunEnv.BROKER_ROLE_ARN,
        stsEndpoint: 'sts.cn-hangzhou.aliyuncs.com',
        stsProtocol: 'HTTPS',
      },
    });
    expect(parseBrokerEnv({ ...aliyunEnv, BROKER_STS_ENDPOINT: 'http://127.0.0.1:4000' })).toMatchObject({
      aliyun: { stsEndpoint: '127.0.0.1:4000', stsProtocol: 'HTTP' },
    });
  });

  it('parses tokens, trusted header, origins and buckets', () => {
    const config = parseBrokerEnv(
      testEnv({ BROKER_TRUSTED_HEADER: 'X-Forwarded-User', BROKER_REGION: 'oss-cn-shanghai' }),
    );
    expect(config.auth.tokens.map((t) => t.name)).toEqual(['alice', 'bob']);
    expect(config.auth.trustedHeader).toBe('x-forwarded-user');
    expect(config.cors).toEqual({ origins: ['http://127.0.0.1:5173'], credentials: true });
    expect(config.oss.region).toBe('cn-shanghai');
    expect(config.buckets[1]).toEqual({
      name: 'scoped-bucket',
      provider: 'oss',
      region: 'cn-shanghai',
      prefix: 'shared/',
      upload: true,
      customDomains: [],
    });
  });

  it('refuses to start without operator authentication, naming the fix', () => {
    const message = problemsOf({});
    expect(message).toContain('BROKER_AUTH no operator authentication is configured');
    expect(message).toContain('Fix: set BROKER_TOKENS=name:token');
  });

  it('refuses BROKER_AUTH=none in aliyun mode and beyond loopback', () => {
    expect(problemsOf({ ...aliyunEnv, BROKER_AUTH: 'none' })).toContain('refused in aliyun mode');
    expect(problemsOf({ BROKER_AUTH: 'none', BROKER_HOST: '0.0.0.0' })).toContain('beyond loopback');
  });

  it('lists every missing aliyun variable at once', () => {
    const message = problemsOf({ BROKER_MODE: 'aliyun', BROKER_TOKENS: `alice:${TEST_TOKEN}` });
    for (const name of ['BROKER_ALLOWED_ORIGINS', 'BROKER_REGION', 'BROKER_BUCKET', 'BROKER_ROLE_ARN']) {
      expect(message).toContain(`${name} is required in aliyun mode`);
    }
  });

  it('never echoes a token in its messages', () => {
    const secret = 'short-secret';
    const message = problemsOf({ BROKER_TOKENS: `alice:${secret},broken` });
    expect(message).toContain('entry 1 (alice): the token is shorter than 16 characters');
    expect(message).toContain('entry 2 is not "name:token"');
    expect(message).not.toContain(secret);
  });

  it.each([
    [{ BROKER_PORT: 'eighty' }, 'BROKER_PORT must be a whole number'],
    [
      { BROKER_ALLOWED_ORIGINS: 'https://console.example.com/' },
      'BROKER_ALLOWED_ORIGINS[0] must list origins',
    ],
    [
      { BROKER_MIN_DURATION: '4000' },
      'BROKER_MIN_DURATION (4000) is greater than BROKER_MAX_DURATION (3600)',
    ],
    [{ BROKER_MAX_DURATION: '50000' }, 'BROKER_MAX_DURATION must be at most 43200'],
    [{ BROKER_BUCKETS: '[{"name":"Bad_Bucket"}]' }, 'BROKER_BUCKETS[0].name is not a valid OSS bucket name'],
    [{ BROKER_BUCKETS: '{not json' }, 'BROKER_BUCKETS is not valid JSON'],
    [{ BROKER_PREFIX: 'a/*', BROKER_BUCKETS: undefined }, 'BROKER_PREFIX must not contain * or ?'],
    [{ BROKER_DEFAULT_BUCKET: 'otherbucket' }, 'BROKER_DEFAULT_BUCKET names otherbucket'],
    [
      { BROKER_BUCKETS: '[{"name":"examplebucket","prefix":"a/","upload":true,"uploadPrefix":"b/"}]' },
      'BROKER_BUCKETS gives examplebucket the uploadPrefix "b/", outside its prefix "a/"',
    ],
    [
      { BROKER_BUCKETS: '[{"name":"examplebucket","uploadPrefix":"in/"}]' },
      'BROKER_BUCKETS gives examplebucket an uploadPrefix without "upload": true',
    ],
    [{ BROKER_TRUSTED_HEADER: 'Authorization' }, 'BROKER_TRUSTED_HEADER names a header clients set'],
    [{ BROKER_OSS_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com' }, 'BROKER_OSS_ENDPOINT must be host'],
  ])('explains %j', (overrides, expected) => {
    expect(problemsOf(testEnv(overrides))).toContain(expected);
  });

  it("keeps a bucket's uploadPrefix inside its prefix", () => {
    const config = testConfig({
      BROKER_BUCKETS:
        '[{"name":"examplebucket","prefix":"shared/","upload":true,"uploadPrefix":"shared/inbox/"}]',
    });
    expect(config.buckets[0]).toMatchObject({
      prefix: 'shared/',
      upload: true,
      uploadPrefix: 'shared/inbox/',
    });
  });

  it('refuses a minimum below what STS grants in aliyun mode', () => {
    expect(problemsOf({ ...aliyunEnv, BROKER_MIN_DURATION: '60' })).toContain('STS grants no less than 900');
  });

  it('caps the default duration by the maximum', () => {
    expect(parseBrokerEnv(testEnv({ BROKER_MAX_DURATION: '1800' })).duration).toEqual({
      min: 60,
      max: 1800,
      default: 1800,
    });
  });
});
