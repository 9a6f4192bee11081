// `npm run sign -- --provider cos`: the same CLI for Tencent COS buckets. Its URLs are the official
// SDK's (cos-js-sdk-v5 getObjectUrl with Sign: true, fixed clock); with the broker's COS key they work
// against cos-local (its own verifier): a PUT link uploads with its Content-Type, GET links download
// inline and as an attachment, a tampered one is refused. OSS-only options are refused with the reason.
import COS from 'cos-js-sdk-v5';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrokerApp } from '../server/broker/app';
import { parseBrokerEnv } from '../server/broker/env';
import { listen, type Listening } from '../server/broker/listen';
import { BUCKET, REGION, startTestCos, type TestCos } from '../server/cos-local/test-fixtures';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { runSignCli } from './sign-cli';

const STACK_KEY = 'sign-cli-cos-test-stack-key';
const TOKEN = 'ops-token-cos-0123456789abcdef';
const ENV = {
  COS_SECRET_ID: 'AKIDEXAMPLETEMP00000000000000000000',
  COS_SECRET_KEY: 'EXAMPLETEMPKEY000000000000000000',
  COS_SESSION_TOKEN: 'example-session-token',
};

async function run(argv: string[], env: Record<string, string> = ENV) {
  let out = '';
  let err = '';
  const code = await runSignCli(argv, { env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The SDK's presigned URL, signed at `now` (the SDK reads the clock). */
function sdkUrl(now: string, key: string, expires: number, query?: Record<string, string>): string {
  vi.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });
  try {
    const cos = new COS({
      SecretId: ENV.COS_SECRET_ID,
      SecretKey: ENV.COS_SECRET_KEY,
      SecurityToken: ENV.COS_SESSION_TOKEN,
    });
    return cos.getObjectUrl(
      {
        Bucket: BUCKET,
        Region: REGION,
        Key: key,
        Sign: true,
        Expires: expires,
        ...(query ? { Query: query } : {}),
      },
      () => undefined,
    );
  } finally {
    vi.useRealTimers();
  }
}

describe('sign CLI, COS, credentials from the environment', () => {
  const now = '2024-05-01T08:00:00Z';
  const base = ['--provider', 'cos', '--bucket', BUCKET, '--region', REGION, '--now', now];

  it('prints the same URL as cos-js-sdk-v5 for a tricky key', async () => {
    const key = 'a b/中文+%#?~=.txt';
    const { code, out, err } = await run([...base, '--key', key, '--expires', '900']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(`${sdkUrl(now, key, 900)}\n`);
  });

  it('signs an attachment named after each key, as the SDK does with the same response-content-disposition', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-cos-'));
    const file = join(dir, 'keys.txt');
    writeFileSync(file, 'docs/报告 2024.pdf\n/leading-slash\nimg/a+b.png\n');
    const { code, out, err } = await run([
      ...base,
      '--keys-file',
      file,
      '--expires',
      '3600',
      '--disposition',
      'attachment',
    ]);
    expect(code).toBe(1);
    expect(err).toMatch(/skipped "\/leading-slash": .*\//);
    const rows = Papa.parse<Record<string, string>>(out, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.key)).toEqual(['docs/报告 2024.pdf', 'img/a+b.png']);
    expect(rows[0]!.url).toBe(
      sdkUrl(now, 'docs/报告 2024.pdf', 3600, {
        'response-content-disposition': `attachment; filename="__ 2024.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%202024.pdf`,
      }),
    );
    expect(rows[1]!.url).toContain('response-content-disposition=attachment%3B%20filename%3D%22a%2Bb.png%22');
  });

  it('refuses what COS does not have, names the COS variables, and checks the bucket’s name-appid form', async () => {
    const v = await run([...base, '--key', 'k', '--expires', '900', '--version', 'v1']);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/--version is for OSS; COS has one signature/);
    const p = await run([...base, '--key', 'k', '--expires', '900', '--process', 'image/resize,w_100']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/--process \(x-oss-process\) is for OSS/);
    const noCreds = await run([...base, '--key', 'k', '--expires', '900'], {
      OSS_ACCESS_KEY_ID: 'oss-id',
      OSS_ACCESS_KEY_SECRET: 'oss-secret',
    });
    expect(noCreds.code).toBe(2);
    expect(noCreds.err).toContain('Set COS_SECRET_ID and COS_SECRET_KEY (and COS_SESSION_TOKEN');
    const bad = await run([
      '--provider',
      'cos',
      '--bucket',
      'examplebucket',
      '--region',
      REGION,
      '--key',
      'k',
      '--expires',
      '900',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/examplebucket/);
    expect(bad.err).toMatch(/APPID/i);
    const cloud = await run([...base, '--provider', 'gcs', '--key', 'k', '--expires', '900']);
    expect(cloud.code).toBe(2);
    expect(cloud.err).toContain('--provider must be one of oss, cos (got "gcs")');
  });

  it('keeps the console’s validity range with a temporary key and allows 7 days with a long-term one', async () => {
    const long = await run([...base, '--key', 'k', '--expires', '86400']);
    expect(long.code).toBe(2);
    expect(long.err).toMatch(/32400/);
    const { COS_SESSION_TOKEN: _, ...longTerm } = ENV;
    const week = await run([...base, '--key', 'k', '--expires', '604800'], longTerm);
    expect(week.code).toBe(0);
    // the SDK's KeyTime starts a second before the signing time; ours does the same
    expect(week.out).toMatch(/&q-key-time=1714550399;1715155199&/);
  });
});

describe('sign CLI, COS, with the broker’s key against cos-local', () => {
  let cos: TestCos;
  let broker: Listening;
  const local = (...more: string[]) => [
    '--provider',
    'cos',
    '--broker',
    `http://127.0.0.1:${broker.port}`,
    '--broker-token-env',
    'OPS_TOKEN',
    '--bucket',
    BUCKET,
    '--region',
    REGION,
    '--endpoint',
    `cos.${REGION}.localhost:${cos.server.httpPort}`,
    '--http',
    ...more,
  ];
  const env = { OPS_TOKEN: TOKEN };

  beforeAll(async () => {
    cos = await startTestCos({ stackKey: STACK_KEY });
    const config = parseBrokerEnv({
      BROKER_MODE: 'local',
      BROKER_TOKENS: `ops:${TOKEN}`,
      LOCAL_STACK_KEY: STACK_KEY,
      BROKER_REGION: 'cn-local',
      BROKER_COS_DOMAIN: `localhost:${cos.server.httpPort}`,
      BROKER_BUCKETS: JSON.stringify([
        {
          name: BUCKET,
          provider: 'cos',
          region: REGION,
          prefix: '',
          upload: true,
          uploadPrefix: 'incoming/',
        },
      ]),
      BROKER_MIN_DURATION: '60',
      BROKER_MAX_DURATION: '3600',
      LOG_LEVEL: 'silent',
    });
    broker = await listen(createBrokerApp({ config }).fetch, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await broker.close();
    await cos.close();
  });

  it('a PUT link uploads with its Content-Type; GET links download it inline and as an attachment; tampered → 403', async () => {
    const key = 'incoming/报告 1.txt';
    const put = await run(
      local('--key', key, '--expires', '900', '--method', 'PUT', '--content-type', 'text/plain'),
      env,
    );
    expect(put.err).toBe('');
    expect(put.code).toBe(0);
    const putUrl = put.out.trim();
    const wrongType = await loopbackRequest(putUrl, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/html' },
      body: 'x',
    });
    expect(wrongType.status).toBe(403);
    const uploaded = await loopbackRequest(putUrl, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello from the CLI',
    });
    expect(uploaded.status).toBe(200);

    const get = await run(local('--key', key, '--expires', '900', '--disposition', 'attachment'), env);
    expect(get.code).toBe(0);
    const res = await loopbackRequest(get.out.trim());
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('hello from the CLI');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="__ 1.txt"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%201.txt`,
    );
    const tampered = await loopbackRequest(get.out.trim().replace('attachment', 'inline'));
    expect(tampered.status).toBe(403);
    expect(tampered.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('writes the effective expiry and says when the broker granted less than asked (the CAM role’s limit named)', async () => {
    const { code, out, err } = await run(local('--key', 'incoming/a.txt', '--expires', '32400'), env);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^http:\/\/examplebucket-1250000000\.cos\.ap-guangzhou\.localhost:\d+\/incoming\/a\.txt\?/,
    );
    expect(err).toMatch(/the broker granted credentials for 3600 s, less than the 32400 s asked/);
    expect(err).toMatch(/CAM role session duration/);
  });

  it('a bucket the broker does not serve is refused, named', async () => {
    const { code, err } = await run(
      local('--key', 'k', '--expires', '900').map((a) => (a === BUCKET ? 'otherbucket-1250000000' : a)),
      env,
    );
    expect(code).toBe(2);
    expect(err).toMatch(/otherbucket-1250000000/);
  });
});
