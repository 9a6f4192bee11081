// Broker scope as configured, through to the session policy it signs: a prefix is a folder ("team" would
// grant team* — team-secrets/ and teammate/ too — so it becomes team/), and a whole bucket is granted in
// aliyun mode only when asked for explicitly.
// Docs: RAM policy Resource wildcards, https://www.alibabacloud.com/help/en/oss/user-guide/ram-policy-overview
//       (acs:oss:*:*:bucket/prefix* matches every key that starts with the characters before *)
import { describe, expect, it } from 'vitest';
import { parseBrokerEnv } from './env';
import { buildSessionPolicy, resolveScope } from './session-policy';
import { TEST_TOKEN } from './test-fixtures';

const aliyun = {
  BROKER_MODE: 'aliyun',
  BROKER_TOKENS: `alice:${TEST_TOKEN}`,
  BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
  BROKER_REGION: 'cn-hangzhou',
  BROKER_ROLE_ARN: 'acs:ram::123456789012:role/oss-link-console',
};

function problems(env: Record<string, string>): string {
  try {
    parseBrokerEnv(env);
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
}

const objectResources = (env: Record<string, string>): string[] => {
  const config = parseBrokerEnv(env);
  const scope = resolveScope(config.buckets, config.defaultBucket, {});
  return buildSessionPolicy(scope)
    .Statement.flatMap((s) => s.Resource)
    .filter((r) => r.includes('/'));
};

describe('configured scope', () => {
  it('a prefix without a trailing / is the folder: team -> team/*, never team-secrets/', () => {
    for (const env of [
      { ...aliyun, BROKER_BUCKET: 'examplebucket', BROKER_PREFIX: 'team' },
      { ...aliyun, BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket', prefix: 'team' }]) },
    ]) {
      const resources = objectResources(env);
      expect(resources).toEqual(['acs:oss:*:*:examplebucket/team/*']);
      const pattern = new RegExp(`^${resources[0]?.split('examplebucket/')[1]?.replace('*', '.*')}$`);
      expect(pattern.test('team/report.pdf')).toBe(true);
      expect(pattern.test('team-secrets/keys.txt')).toBe(false);
      expect(pattern.test('teammate/cv.pdf')).toBe(false);
    }
    const config = parseBrokerEnv({ ...aliyun, BROKER_BUCKET: 'examplebucket', BROKER_PREFIX: 'team' });
    expect(
      buildSessionPolicy(resolveScope(config.buckets, 'examplebucket', {})).Statement[1]?.Condition,
    ).toEqual({
      StringLike: { 'oss:Prefix': ['team/*'] },
    });
  });

  it('aliyun mode refuses a bucket without a prefix unless the whole bucket is asked for, and says how', () => {
    const single = problems({ ...aliyun, BROKER_BUCKET: 'examplebucket' });
    expect(single).toContain('gives examplebucket no prefix');
    expect(single).toContain('BROKER_WHOLE_BUCKET=true');
    const entries = problems({ ...aliyun, BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket' }]) });
    expect(entries).toContain('wholeBucket: true');
    expect(
      objectResources({ ...aliyun, BROKER_BUCKET: 'examplebucket', BROKER_WHOLE_BUCKET: 'true' }),
    ).toEqual(['acs:oss:*:*:examplebucket/*']);
    expect(
      objectResources({
        ...aliyun,
        BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket', wholeBucket: true }]),
      }),
    ).toEqual(['acs:oss:*:*:examplebucket/*']);
    expect(
      problems({
        ...aliyun,
        BROKER_BUCKET: 'examplebucket',
        BROKER_PREFIX: 'a/',
        BROKER_WHOLE_BUCKET: 'true',
      }),
    ).toContain('keep one');
  });

  it('local mode (oss-local test buckets) keeps the whole bucket as its default', () => {
    expect(objectResources({ BROKER_AUTH: 'none' })).toEqual(['acs:oss:*:*:examplebucket/*']);
  });
});
