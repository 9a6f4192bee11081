// Tencent mode, proven against a local stand-in for sts.tencentcloudapi.com: the official
// tencentcloud-sdk-nodejs-sts sends AssumeRole to it (httpProfile.endpoint `sts.localhost:PORT`, protocol
// http://, an agent that resolves *.localhost to loopback), and the stand-in verifies the request's
// TC3-HMAC-SHA256 signature as Tencent documents it ("Signature v3",
// https://www.tencentcloud.com/document/api/213/33224), then checks the least-privilege policy
// ("Working with COS API Authorization Policies", https://www.tencentcloud.com/document/product/436/30580)
// and the duration bounds (AssumeRole, https://www.tencentcloud.com/document/product/598/33164).
import { createHash, createHmac } from 'node:crypto';
import { Agent, createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loopbackLookup } from '../oss-local/loopback-lookup';
import { createBrokerApp } from './app';
import type { CosPolicy } from './cos-policy';
import { parseBrokerEnv } from './env';
import { bearer, captureLogger, TEST_TOKEN } from './test-fixtures';
import { createTencentIssuer } from './tencent-issuer';

/** obviously fake */
const BROKER_KEY = { id: 'AKIDEXAMPLEBROKER00000000000000000000', key: 'EXAMPLEBROKERSECRET0000000000000' };
const ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/oss-link-console';
const BUCKET = 'examplebucket-1250000000';

interface Received {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  signatureOk: boolean;
  problem?: string;
}

let server: Server;
let port = 0;
const received: Received[] = [];
const agent = new Agent({ lookup: loopbackLookup });

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string): Buffer =>
  createHmac('sha256', key).update(s, 'utf8').digest();

/** Recomputes a TC3-HMAC-SHA256 signature from the request, as the Signature v3 page describes. */
function verifyTc3(req: IncomingMessage, payload: string): { ok: boolean; problem?: string } {
  const auth = req.headers.authorization ?? '';
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (m === null) return { ok: false, problem: `Authorization is not TC3: ${auth.slice(0, 40)}` };
  const [, secretId, date, service, signedHeaders = '', signature] = m;
  if (secretId !== BROKER_KEY.id) return { ok: false, problem: 'unknown SecretId' };
  if (service !== 'sts') return { ok: false, problem: `service ${service}` };
  const timestamp = String(req.headers['x-tc-timestamp'] ?? '');
  if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date)
    return { ok: false, problem: 'the credential date is not the timestamp date' };
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return { ok: false, problem: 'timestamp skew' };
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('content-type'))
    return { ok: false, problem: 'host and content-type must be signed' };
  // keys and values lower-cased and trimmed. The SDK signs the host name without its port (sign.js:
  // urlObj.hostname); the real endpoint has none, the stand-in listens on one: it is dropped here
  const value = (n: string): string => {
    const v = String(req.headers[n] ?? '')
      .trim()
      .toLowerCase();
    return n === 'host' ? v.replace(/:\d+$/, '') : v;
  };
  const canonicalHeaders = names.map((n) => `${n}:${value(n)}\n`).join('');
  const [path = '/', query = ''] = (req.url ?? '/').split('?');
  const canonicalRequest = [req.method, path, query, canonicalHeaders, signedHeaders, sha256(payload)].join(
    '\n',
  );
  const stringToSign = [
    'TC3-HMAC-SHA256',
    timestamp,
    `${date}/${service}/tc3_request`,
    sha256(canonicalRequest),
  ].join('\n');
  const signing = hmac(hmac(hmac(`TC3${BROKER_KEY.key}`, date ?? ''), service ?? ''), 'tc3_request');
  const expected = createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  return expected === signature ? { ok: true } : { ok: false, problem: 'signature mismatch' };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const payload = Buffer.concat(chunks).toString('utf8');
      const check = verifyTc3(req, payload);
      const body = JSON.parse(payload || '{}') as Record<string, unknown>;
      received.push({
        headers: req.headers,
        body,
        signatureOk: check.ok,
        ...(check.problem ? { problem: check.problem } : {}),
      });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (!check.ok) {
        res.end(
          JSON.stringify({
            Response: {
              Error: { Code: 'AuthFailure.SignatureFailure', Message: check.problem },
              RequestId: 'fake-request-id',
            },
          }),
        );
        return;
      }
      const expiredTime = Math.floor(Date.now() / 1000) + Number(body.DurationSeconds ?? 7200);
      res.end(
        JSON.stringify({
          Response: {
            Credentials: {
              Token: 'fake-session-token-from-stand-in',
              TmpSecretId: 'AKIDEXAMPLETEMP000000000000000000000',
              TmpSecretKey: 'EXAMPLETEMPKEY0000000000000000000',
            },
            ExpiredTime: expiredTime,
            Expiration: new Date(expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            RequestId: 'fake-request-id',
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  received.length = 0;
});

function tencentApp(
  bucket: Record<string, unknown>,
  env = { TENCENTCLOUD_SECRET_ID: BROKER_KEY.id, TENCENTCLOUD_SECRET_KEY: BROKER_KEY.key },
) {
  const config = parseBrokerEnv({
    BROKER_MODE: 'aliyun',
    BROKER_TOKENS: `alice:${TEST_TOKEN}`,
    BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
    BROKER_BUCKETS: JSON.stringify([bucket]),
    BROKER_MAX_DURATION: '43200',
    BROKER_TENCENT_ROLE_ARN: ROLE_ARN,
    BROKER_TENCENT_STS_ENDPOINT: `http://sts.localhost:${port}`,
  });
  if (config.mode !== 'aliyun' || config.tencent === undefined)
    throw new Error('expected a Tencent STS config');
  const cosIssuer = createTencentIssuer({ sts: config.tencent, env, agent });
  return createBrokerApp({ config, cosIssuer, logger: captureLogger().logger });
}

describe('Tencent mode (AssumeRole through tencentcloud-sdk-nodejs-sts)', () => {
  it('signs AssumeRole with TC3-HMAC-SHA256 and asks for a read-only, prefix-scoped policy', async () => {
    const app = tencentApp({ name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'shared/' });
    const res = await app.request(`/sts?bucket=${BUCKET}&duration=5400`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      provider: 'cos',
      tmpSecretId: 'AKIDEXAMPLETEMP000000000000000000000',
      tmpSecretKey: 'EXAMPLETEMPKEY0000000000000000000',
      sessionToken: 'fake-session-token-from-stand-in',
      bucket: BUCKET,
      region: 'ap-guangzhou',
      appId: '1250000000',
      prefix: 'shared/',
      durationSeconds: 5400,
    });
    expect(body.uploadPrefix).toBeUndefined();
    expect(received).toHaveLength(1);
    const sent = received[0];
    if (sent === undefined) throw new Error('nothing sent');
    expect(sent.problem).toBeUndefined();
    expect(sent.signatureOk).toBe(true);
    expect(sent.headers['x-tc-action']).toBe('AssumeRole');
    expect(sent.headers['x-tc-version']).toBe('2018-08-13');
    expect(sent.headers['x-tc-region']).toBe('ap-guangzhou');
    expect(sent.body).toMatchObject({ RoleArn: ROLE_ARN, RoleSessionName: 'alice', DurationSeconds: 5400 });
    const policy = JSON.parse(decodeURIComponent(String(sent.body.Policy))) as CosPolicy;
    expect(policy).toEqual({
      version: '2.0',
      statement: [
        {
          effect: 'allow',
          action: ['name/cos:GetObject', 'name/cos:HeadObject'],
          resource: [`qcs::cos:ap-guangzhou:uid/1250000000:${BUCKET}/shared/*`],
        },
        {
          effect: 'allow',
          action: ['name/cos:GetBucket'],
          resource: [`qcs::cos:ap-guangzhou:uid/1250000000:${BUCKET}/*`],
          condition: { string_like: { 'cos:prefix': 'shared/*' } },
        },
        {
          // the bucket's custom domains, a bucket-level read (OSS keys get oss:ListCname likewise)
          effect: 'allow',
          action: ['name/cos:GetBucketDomain'],
          resource: [`qcs::cos:ap-guangzhou:uid/1250000000:${BUCKET}/*`],
        },
      ],
    });
  });

  it('adds PutObject and the multipart actions only when upload is granted, on the upload prefix', async () => {
    const app = tencentApp({
      name: BUCKET,
      provider: 'cos',
      region: 'ap-guangzhou',
      prefix: 'shared/',
      upload: true,
      uploadPrefix: 'shared/inbox/',
    });
    const res = await app.request(`/sts?bucket=${BUCKET}`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { uploadPrefix?: string }).uploadPrefix).toBe('shared/inbox/');
    const policy = JSON.parse(decodeURIComponent(String(received[0]?.body.Policy))) as CosPolicy;
    expect(policy.statement[3]).toEqual({
      effect: 'allow',
      action: [
        'name/cos:PutObject',
        'name/cos:InitiateMultipartUpload',
        'name/cos:UploadPart',
        'name/cos:CompleteMultipartUpload',
        'name/cos:AbortMultipartUpload',
        'name/cos:ListParts',
        'name/cos:ListMultipartUploads',
      ],
      resource: [`qcs::cos:ap-guangzhou:uid/1250000000:${BUCKET}/shared/inbox/*`],
    });
    expect(policy.statement[0]?.action).toEqual(['name/cos:GetObject', 'name/cos:HeadObject']);
  });

  it('keeps durations within the documented bounds (at most 43200 s)', async () => {
    const app = tencentApp({ name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'shared/' });
    const res = await app.request(`/sts?bucket=${BUCKET}&duration=99999`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    expect(received[0]?.body.DurationSeconds).toBe(43200);
    expect(() =>
      parseBrokerEnv({
        BROKER_MODE: 'aliyun',
        BROKER_TOKENS: `alice:${TEST_TOKEN}`,
        BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
        BROKER_BUCKETS: JSON.stringify([
          { name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'a/' },
        ]),
        BROKER_MAX_DURATION: '50000',
        BROKER_TENCENT_ROLE_ARN: ROLE_ARN,
      }),
    ).toThrow(/BROKER_MAX_DURATION/);
  });

  it('a wrong broker key is refused by the stand-in and reported without the secret', async () => {
    const app = tencentApp(
      { name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'shared/' },
      { TENCENTCLOUD_SECRET_ID: BROKER_KEY.id, TENCENTCLOUD_SECRET_KEY: 'EXAMPLEWRONGSECRET00000000000000' },
    );
    const res = await app.request(`/sts?bucket=${BUCKET}`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(text).toContain('AuthFailure');
    expect(text).not.toContain('EXAMPLEWRONGSECRET');
    expect(received[0]?.signatureOk).toBe(false);
  });

  it('without TENCENTCLOUD_SECRET_ID / _KEY in the environment it says so', async () => {
    const app = tencentApp(
      { name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'shared/' },
      {} as never,
    );
    const res = await app.request(`/sts?bucket=${BUCKET}`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(await res.text()).toContain('TENCENTCLOUD_SECRET_ID');
    expect(received).toHaveLength(0);
  });
});

describe('COS bucket configuration', () => {
  const base = {
    BROKER_MODE: 'aliyun',
    BROKER_TOKENS: `alice:${TEST_TOKEN}`,
    BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
  };
  it('needs <name>-<appid>, a region and BROKER_TENCENT_ROLE_ARN, and an appId that matches', () => {
    const problems = (buckets: unknown[], extra: Record<string, string> = {}): string => {
      try {
        parseBrokerEnv({ ...base, BROKER_BUCKETS: JSON.stringify(buckets), ...extra });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(
      problems([{ name: 'examplebucket', provider: 'cos', region: 'ap-guangzhou', prefix: 'a/' }]),
    ).toContain('not <name>-<appid>');
    expect(problems([{ name: BUCKET, provider: 'cos', prefix: 'a/' }])).toContain('no region');
    expect(problems([{ name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'a/' }])).toContain(
      'BROKER_TENCENT_ROLE_ARN is required',
    );
    expect(
      problems(
        [{ name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'a/', appId: '1250000001' }],
        {
          BROKER_TENCENT_ROLE_ARN: ROLE_ARN,
        },
      ),
    ).toContain('but its name ends in 1250000000');
    expect(
      problems([{ name: BUCKET, provider: 'cos', region: 'ap-guangzhou' }], {
        BROKER_TENCENT_ROLE_ARN: ROLE_ARN,
      }),
    ).toContain('no prefix');
    // a COS-only broker needs no Alibaba Cloud role
    expect(
      problems([{ name: BUCKET, provider: 'cos', region: 'ap-guangzhou', prefix: 'a/' }], {
        BROKER_TENCENT_ROLE_ARN: ROLE_ARN,
      }),
    ).toBe('');
  });
});
