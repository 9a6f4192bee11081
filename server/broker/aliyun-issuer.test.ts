import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBrokerApp } from './app';
import { createAliyunIssuer } from './aliyun-issuer';
import { parseBrokerEnv } from './env';
import { TEST_TOKEN, bearer, captureLogger } from './test-fixtures';

// A loopback stand-in for sts.aliyuncs.com: records what the official SDK really sent and answers like STS.
interface Recorded {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: URLSearchParams;
}

const FAKE_AK_ID = 'test-ak-id';
const FAKE_AK_SECRET = 'test-ak-secret-not-real';
const ROLE_ARN = 'acs:ram::1234567890123456:role/oss-link-console';

let server: Server;
let port = 0;
const recorded: Recorded[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };

function assumeRoleAnswer(expiration: string) {
  return {
    RequestId: '6894B13B-6D71-4EF5-88FA-F32781734A7F',
    AssumedRoleUser: {
      AssumedRoleId: '34458433936495****:alice',
      Arn: `${ROLE_ARN}/alice`,
    },
    Credentials: {
      SecurityToken: 'CAIS-fake-security-token-from-stand-in',
      AccessKeyId: 'STS.fake-access-key-id',
      AccessKeySecret: 'fake-temporary-secret-from-stand-in',
      Expiration: expiration,
    },
  };
}

beforeAll(async () => {
  process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = FAKE_AK_ID;
  process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = FAKE_AK_SECRET;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://stand-in'),
        headers: req.headers,
        body: new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(answer.status, { 'Content-Type': 'application/json;charset=utf-8' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  recorded.length = 0;
});

function aliyunApp() {
  const config = parseBrokerEnv({
    BROKER_MODE: 'aliyun',
    BROKER_TOKENS: `alice:${TEST_TOKEN}`,
    BROKER_ALLOWED_ORIGINS: 'https://console.example.com',
    BROKER_REGION: 'cn-hangzhou',
    BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket', prefix: 'shared/' }]),
    BROKER_MAX_DURATION: '7200',
    BROKER_ROLE_ARN: ROLE_ARN,
    BROKER_STS_ENDPOINT: `http://127.0.0.1:${port}`,
  });
  const log = captureLogger();
  return { app: createBrokerApp({ config, logger: log.logger }), log };
}

/** RPC parameters may travel in the query string or the form body, depending on the SDK version. */
function param(r: Recorded, name: string): string | null {
  return r.url.searchParams.get(name) ?? r.body.get(name);
}

describe('aliyun mode (AssumeRole through @alicloud/sts20150401)', () => {
  it('sends AssumeRole with the role, session name, policy and duration, and flattens the answer', async () => {
    answer = { status: 200, body: assumeRoleAnswer('2030-01-02T04:04:05Z') };
    const { app, log } = aliyunApp();
    const res = await app.request('/sts?duration=5400&prefix=shared%2F2024%2F', {
      headers: bearer(TEST_TOKEN),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      provider: 'oss',
      AccessKeyId: 'STS.fake-access-key-id',
      AccessKeySecret: 'fake-temporary-secret-from-stand-in',
      SecurityToken: 'CAIS-fake-security-token-from-stand-in',
      Expiration: '2030-01-02T04:04:05Z',
      DurationSeconds: 5400,
      RequestedDurationSeconds: 5400,
    });

    expect(recorded).toHaveLength(1);
    const sent = recorded[0];
    if (!sent) throw new Error('the SDK sent nothing');
    expect(sent.method).toBe('POST');
    expect(sent.headers['x-acs-action']).toBe('AssumeRole');
    expect(sent.headers['x-acs-version']).toBe('2015-04-01');
    expect(sent.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=test-ak-id,/);
    expect(param(sent, 'RoleArn')).toBe(ROLE_ARN);
    expect(param(sent, 'RoleSessionName')).toBe('alice');
    expect(param(sent, 'DurationSeconds')).toBe('5400');
    expect(JSON.parse(param(sent, 'Policy') ?? 'null')).toEqual({
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/shared/2024/*'] },
        {
          Effect: 'Allow',
          Action: ['oss:ListObjects'],
          Resource: ['acs:oss:*:*:examplebucket'],
          Condition: { StringLike: { 'oss:Prefix': ['shared/2024/*'] } },
        },
        { Effect: 'Allow', Action: ['oss:ListCname'], Resource: ['acs:oss:*:*:examplebucket'] },
      ],
    });
    // Signed with the base credentials from the default chain (environment), never sent in clear.
    const wire = JSON.stringify(sent.headers) + sent.url.toString() + sent.body.toString();
    expect(wire).toContain(FAKE_AK_ID);
    expect(wire).not.toContain(FAKE_AK_SECRET);
    expect(log.lines().join('\n')).not.toContain('fake-temporary-secret-from-stand-in');
  });

  it('maps an STS refusal (NoPermission) to a 502 that says what to fix', async () => {
    answer = {
      status: 403,
      body: {
        RequestId: 'A1B2C3D4-0000-1111-2222-333344445555',
        HostId: 'sts.aliyuncs.com',
        Code: 'NoPermission',
        Message: 'You are not authorized to do this action. You should be authorized by RAM.',
      },
    };
    const { app } = aliyunApp();
    const res = await app.request('/sts', { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(502);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('StsError');
    expect(body.message).toContain('may not assume BROKER_ROLE_ARN');
    expect(body.message).toContain('STS code NoPermission, request id A1B2C3D4-0000-1111-2222-333344445555');
    expect(JSON.stringify(body)).not.toContain(FAKE_AK_SECRET);
  });

  it('maps an unreachable STS endpoint to a 502', async () => {
    const issuer = createAliyunIssuer({
      sts: { roleArn: ROLE_ARN, stsEndpoint: '127.0.0.1:1', stsProtocol: 'HTTP' },
      timeoutMs: 2000,
    });
    const error = await issuer
      .issue({
        operator: 'alice',
        sessionName: 'alice',
        policy: { Version: '1', Statement: [] },
        durationSeconds: 900,
      })
      .catch((err: unknown) => err);
    expect(error).toMatchObject({ status: 502, code: 'StsUnreachable' });
  });
});
