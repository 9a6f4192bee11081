// Local mode for COS buckets: the broker mints COS temporary keys (server/local-sts/cos-token.ts) that
// cos-local verifies with the same stack key; /config describes the COS bucket beside the OSS ones; the
// key's scope (bucket + prefix + actions) is what cos-local enforces. Black-box: cos-nodejs-sdk-v5 uses
// the key exactly as /sts returns it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCos, sdkForKey, type TestCos } from '../cos-local/test-fixtures';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import { createBrokerApp } from './app';
import { consoleConfigSchema } from './config-schema';
import type { CosStsResponse } from './sts-route';
import { bearer, captureLogger, testConfig, TEST_TOKEN } from './test-fixtures';

const COS_BUCKET = 'examplebucket-1250000000';
const REGION = 'ap-guangzhou';
let cos: TestCos;

beforeAll(async () => {
  // cos-local's test stack key must be the broker's for the keys to verify
  cos = await startTestCos({ stackKey: 'test-stack-key-0123456789abcdef' });
});
afterAll(async () => {
  await cos.close();
});

function app(buckets: unknown[]) {
  const config = testConfig({
    BROKER_BUCKETS: JSON.stringify(buckets),
    BROKER_COS_DOMAIN: `localhost:${cos.server.httpPort}`,
  });
  return createBrokerApp({ config, logger: captureLogger().logger });
}

async function cosKey(a: ReturnType<typeof app>, query = ''): Promise<CosStsResponse> {
  const res = await a.request(`/sts?bucket=${COS_BUCKET}${query}`, { headers: bearer(TEST_TOKEN) });
  expect(res.status).toBe(200);
  return (await res.json()) as CosStsResponse;
}

const sdk = (k: CosStsResponse) =>
  sdkForKey(cos, {
    tmpSecretId: k.tmpSecretId,
    tmpSecretKey: k.tmpSecretKey,
    sessionToken: k.sessionToken,
    expiration: k.expiration,
    expiredTime: k.expiredTime,
  });

describe('local mode, COS buckets', () => {
  it('/config tags each bucket with its provider; the COS one has appId, region and endpoint', async () => {
    const a = app([
      { name: 'examplebucket' },
      { name: COS_BUCKET, provider: 'cos', region: REGION, prefix: 'docs/' },
    ]);
    const res = await a.request('/config', { headers: bearer(TEST_TOKEN) });
    const body = consoleConfigSchema.strict().parse(await res.json());
    expect(body.buckets[0]).toMatchObject({ name: 'examplebucket', provider: 'oss', region: 'cn-local' });
    expect(body.buckets[1]).toEqual({
      name: COS_BUCKET,
      provider: 'cos',
      appId: '1250000000',
      endpoint: `cos.${REGION}.localhost:${cos.server.httpPort}`,
      secure: false,
      region: REGION,
      prefix: 'docs/',
      actions: [
        'name/cos:GetObject',
        'name/cos:HeadObject',
        'name/cos:GetBucket',
        'name/cos:GetBucketDomain',
      ],
      upload: false,
      customDomains: [],
    });
  });

  it('a COS bucket with "accelerate": true gets its global acceleration domain in /config; an OSS one is refused', async () => {
    const a = app([{ name: COS_BUCKET, provider: 'cos', region: REGION, accelerate: true }]);
    const body = consoleConfigSchema
      .strict()
      .parse(await (await a.request('/config', { headers: bearer(TEST_TOKEN) })).json());
    expect(body.buckets[0]?.accelerateEndpoint).toBe(`cos.accelerate.localhost:${cos.server.httpPort}`);
    // cos-local knows the bucket there: anonymous → 403 AccessDenied (a private bucket), not NoSuchBucket
    const res = await loopbackRequest(
      `http://${COS_BUCKET}.${body.buckets[0]!.accelerateEndpoint!}/readme.txt`,
    );
    expect([res.status, /<Code>(\w+)</.exec(res.body.toString())?.[1]]).toEqual([403, 'AccessDenied']);
    expect(() => app([{ name: 'examplebucket', accelerate: true }])).toThrow(
      /gives the OSS bucket examplebucket "accelerate" \(COS buckets only/,
    );
    const plain = app([{ name: COS_BUCKET, provider: 'cos', region: REGION }]);
    const without = consoleConfigSchema
      .strict()
      .parse(await (await plain.request('/config', { headers: bearer(TEST_TOKEN) })).json());
    expect(without.buckets[0]).not.toHaveProperty('accelerateEndpoint');
  });

  it('mints a read-only key cos-local accepts inside the prefix and refuses outside it', async () => {
    const a = app([{ name: COS_BUCKET, provider: 'cos', region: REGION, prefix: 'docs/' }]);
    const key = await cosKey(a, '&duration=900');
    expect(key).toMatchObject({
      provider: 'cos',
      bucket: COS_BUCKET,
      region: REGION,
      appId: '1250000000',
      prefix: 'docs/',
    });
    expect(key.tmpSecretId).toMatch(/^AKIDLOCAL/);
    expect(Date.parse(key.expiration) / 1000).toBe(key.expiredTime);
    const client = sdk(key);
    const B = { Bucket: COS_BUCKET, Region: REGION };
    expect((await client.getObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
    expect((await client.headObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
    expect((await client.getBucket({ ...B, Prefix: 'docs/' })).Contents.length).toBeGreaterThan(0);
    await expect(client.getObject({ ...B, Key: 'site/index.html' })).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(client.putObject({ ...B, Key: 'docs/new.txt', Body: 'x' })).rejects.toMatchObject({
      statusCode: 403,
    });
    // the bucket's custom domains are readable whatever the prefix (GetBucketDomain on the bucket); the
    // bucket itself is not
    const domains = await client.request({ ...B, Method: 'GET', Action: 'domain' });
    expect(JSON.stringify(domains)).toContain('files.cos-example.localhost');
    await expect(client.headBucket(B)).rejects.toMatchObject({ statusCode: 403 });
  });

  it('with upload, the key can upload under the upload prefix only; a narrower request prefix narrows it', async () => {
    const a = app([
      { name: COS_BUCKET, provider: 'cos', region: REGION, prefix: '', upload: true, uploadPrefix: 'inbox/' },
    ]);
    const key = await cosKey(a);
    expect(key.uploadPrefix).toBe('inbox/');
    const client = sdk(key);
    const B = { Bucket: COS_BUCKET, Region: REGION };
    expect((await client.putObject({ ...B, Key: 'inbox/a.txt', Body: 'hello' })).statusCode).toBe(200);
    await expect(client.putObject({ ...B, Key: 'docs/a.txt', Body: 'hello' })).rejects.toMatchObject({
      statusCode: 403,
    });
    const narrow = sdk(await cosKey(a, '&prefix=photos%2F'));
    await expect(narrow.getObject({ ...B, Key: 'docs/guide.pdf' })).rejects.toMatchObject({
      statusCode: 403,
    });
  });

  it('OSS buckets keep their answer, now tagged provider: oss', async () => {
    const a = app([{ name: 'examplebucket' }, { name: COS_BUCKET, provider: 'cos', region: REGION }]);
    const res = await a.request('/sts?bucket=examplebucket', { headers: bearer(TEST_TOKEN) });
    expect(await res.json()).toMatchObject({ provider: 'oss', AccessKeyId: expect.stringMatching(/^STS\./) });
  });
});
