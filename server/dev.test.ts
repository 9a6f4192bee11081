// The dev stack end to end, on ephemeral ports: the broker mints credentials that oss-local accepts (same
// stack key), scoped by the session policy, and the built console is served with its CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OSS from 'ali-oss';
import COS from 'cos-nodejs-sdk-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevStack } from './dev';
import { describeStartupError, startDevStack } from './dev';
import { createLoopbackAgents } from './oss-local/loopback-lookup';

interface StsBody {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  DurationSeconds: number;
}

let stack: DevStack;
let tmp = '';
const agents = createLoopbackAgents();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dev-stack-'));
  const dist = join(tmp, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  stack = await startDevStack({
    console: 'dist',
    distDir: dist,
    ossPort: 0,
    ossHttpsPort: 0,
    brokerPort: 0,
    consolePort: 0,
    minDurationSeconds: 60,
    dataDir: join(tmp, 'data'),
    logLevel: 'silent',
  });
});

afterAll(async () => {
  agents.destroy();
  await stack?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function ossClient(bucket: string, creds: StsBody): OSS {
  return new OSS({
    region: 'oss-cn-local',
    endpoint: stack.ossHttpEndpoint,
    bucket,
    accessKeyId: creds.AccessKeyId,
    accessKeySecret: creds.AccessKeySecret,
    stsToken: creds.SecurityToken,
    // as in test-fixtures.ts: silences ali-oss's advice to refresh tokens (these credentials are fixed on purpose)
    refreshSTSTokenInterval: 3_600_000,
    secure: false,
    agent: agents.httpAgent,
    httpsAgent: agents.httpsAgent,
  } as OSS.Options);
}

async function sts(query = ''): Promise<StsBody> {
  const res = await fetch(`${stack.brokerUrl}/sts${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StsBody;
}

describe('startDevStack', () => {
  it('reports where everything is', () => {
    expect(stack.consoleUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(stack.brokerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.ossHttpEndpoint).toBe(`http://oss-cn-local.localhost:${stack.ports.oss}`);
    expect(stack.ossHttpsEndpoint).toBe(`https://oss-cn-local.localhost:${stack.ports.ossHttps}`);
    expect(stack.banner).toContain(stack.consoleUrl);
    expect(stack.banner).toContain(stack.brokerUrl);
  });

  it('serves the console preconfigured for the broker, with the CSP naming the real ports', async () => {
    const res = await fetch(`${stack.consoleUrl}console-config.json`);
    expect(await res.json()).toEqual({ brokerUrl: stack.brokerUrl });
    const shell = await fetch(`${stack.consoleUrl}b/examplebucket/photos/`);
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${stack.brokerUrl} http://*.localhost:${stack.ports.oss} https://*.localhost:${stack.ports.ossHttps}`,
    );
  });

  it('answers /config for the console without a token (local mode) and allows the console origin', async () => {
    const origin = new URL(stack.consoleUrl ?? '').origin;
    const res = await fetch(`${stack.brokerUrl}/config`, { headers: { Origin: origin } });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    const config = (await res.json()) as {
      endpoint: string;
      defaultBucket: string;
      minDurationSeconds: number;
    };
    expect(config).toMatchObject({
      endpoint: `oss-cn-local.localhost:${stack.ports.oss}`,
      defaultBucket: 'examplebucket',
      minDurationSeconds: 60,
    });
  });

  it('grants 9 h credentials by default (a 9 h link from npm start lasts 9 h); --max-duration still caps', async () => {
    const config = (await (await fetch(`${stack.brokerUrl}/config`)).json()) as {
      maxDurationSeconds: number;
    };
    expect(config.maxDurationSeconds).toBe(32_400);
    expect((await sts('?duration=32400')).DurationSeconds).toBe(32_400);
    expect(stack.banner).toContain('credentials 60–32400 s');
    const capped = await startDevStack({
      console: 'none',
      ossPort: 0,
      ossHttpsPort: 0,
      brokerPort: 0,
      maxDurationSeconds: 3600,
      dataDir: join(tmp, 'capped'),
      logLevel: 'silent',
    });
    try {
      const res = await fetch(`${capped.brokerUrl}/sts?duration=32400`);
      const body = (await res.json()) as { DurationSeconds?: number; code?: string };
      // the broker either refuses or clamps a longer request; it never grants past the cap
      expect(body.DurationSeconds ?? 0).toBeLessThanOrEqual(3600);
      expect(capped.banner).toContain('–3600 s');
    } finally {
      await capped.close();
    }
  });

  it('mints credentials oss-local accepts, within the session policy only', async () => {
    const creds = await sts('?duration=60');
    expect(creds.DurationSeconds).toBe(60);
    const listed = await ossClient('examplebucket', creds).listV2({ 'max-keys': '5' }, {});
    expect(listed.res.status).toBe(200);
    expect(listed.objects?.length ?? 0).toBeGreaterThan(0);
    await expect(ossClient('nocors-bucket', creds).listV2({ 'max-keys': '5' }, {})).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('grants upload on examplebucket only: /config, the session policy and oss-local agree', async () => {
    expect(stack.uploadBuckets).toEqual(['examplebucket', 'examplebucket-1250000000']);
    expect(stack.banner).toContain(
      'Upload             allowed on examplebucket, examplebucket-1250000000; read-only: public-bucket, nocors-bucket, public-bucket-1250000000, nocors-bucket-1250000000',
    );
    const config = (await (await fetch(`${stack.brokerUrl}/config`)).json()) as {
      buckets: Array<{ name: string; upload: boolean; uploadPrefix?: string; actions: string[] }>;
    };
    const byName = new Map(config.buckets.map((b) => [b.name, b]));
    expect(byName.get('examplebucket')).toMatchObject({
      upload: true,
      uploadPrefix: '',
      actions: [
        'oss:GetObject',
        'oss:ListObjects',
        'oss:ListCname',
        'oss:PutObject',
        'oss:AbortMultipartUpload',
        'oss:ListParts',
      ],
    });
    for (const name of ['public-bucket', 'nocors-bucket']) {
      expect(byName.get(name)?.uploadPrefix).toBeUndefined();
      expect(byName.get(name)).toMatchObject({
        upload: false,
        actions: ['oss:GetObject', 'oss:ListObjects', 'oss:ListCname'],
      });
    }

    const example = ossClient('examplebucket', await sts());
    const body = Buffer.alloc(250 * 1024, 7);
    const done = await example.multipartUpload('uploads/dev-stack.bin', body, { partSize: 100 * 1024 });
    expect(done.res.status).toBe(200);
    expect(((await example.get('uploads/dev-stack.bin')).content as Buffer).equals(body)).toBe(true);
    const { uploadId } = await example.initMultipartUpload('uploads/aborted.bin');
    const aborted = (await example.abortMultipartUpload('uploads/aborted.bin', uploadId)) as unknown as {
      res: { status: number };
    };
    expect(aborted.res.status).toBe(204);
    // DeleteObject is not granted: the console does not delete
    await expect(example.delete('uploads/dev-stack.bin')).rejects.toMatchObject({ code: 'AccessDenied' });

    const pub = ossClient('public-bucket', await sts('?bucket=public-bucket'));
    await expect(pub.initMultipartUpload('x.bin')).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(pub.put('x.txt', Buffer.from('x'))).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('runs cos-local: the broker mints COS keys it accepts for the sample COS buckets', async () => {
    expect(stack.cos.buckets).toEqual([
      'examplebucket-1250000000',
      'public-bucket-1250000000',
      'nocors-bucket-1250000000',
    ]);
    expect(stack.banner).toContain(
      `COS over HTTP      http://<bucket>.cos.ap-guangzhou.localhost:${stack.ports.cos}`,
    );
    expect(stack.banner).toContain(
      `COS acceleration   http://<bucket>.cos.accelerate.localhost:${stack.ports.cos}`,
    );
    expect(stack.banner).toContain(
      'COS custom domains files.cos-example.localhost → examplebucket-1250000000 (same ports)',
    );
    const config = (await (await fetch(`${stack.brokerUrl}/config`)).json()) as {
      buckets: Array<{ name: string; provider: string; endpoint?: string }>;
    };
    expect(config.buckets.find((b) => b.name === 'examplebucket-1250000000')).toMatchObject({
      provider: 'cos',
      endpoint: `cos.ap-guangzhou.localhost:${stack.ports.cos}`,
    });
    const key = (await (await fetch(`${stack.brokerUrl}/sts?bucket=examplebucket-1250000000`)).json()) as {
      provider: string;
      tmpSecretId: string;
      tmpSecretKey: string;
      sessionToken: string;
    };
    expect(key.provider).toBe('cos');
    const cos = new COS({
      SecretId: key.tmpSecretId,
      SecretKey: key.tmpSecretKey,
      SecurityToken: key.sessionToken,
      Domain: `{Bucket}.cos.{Region}.localhost:${stack.ports.cos}`,
      Protocol: 'http:',
      Ip: `127.0.0.1:${stack.ports.cos}`,
      AutoSwitchHost: false,
    });
    const B = { Bucket: 'examplebucket-1250000000', Region: 'ap-guangzhou' };
    expect((await cos.getObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
    expect((await cos.putObject({ ...B, Key: 'uploads/dev.txt', Body: 'hi' })).statusCode).toBe(200);
  });

  it('--read-only: no bucket may upload', async () => {
    const readOnly = await startDevStack({
      console: 'none',
      ossPort: 0,
      ossHttpsPort: 0,
      brokerPort: 0,
      upload: false,
      logLevel: 'silent',
      dataDir: join(tmp, 'data-ro'),
    });
    try {
      expect(readOnly.uploadBuckets).toEqual([]);
      expect(readOnly.banner).toContain('Upload             off (--read-only)');
      const config = (await (await fetch(`${readOnly.brokerUrl}/config`)).json()) as {
        buckets: Array<{ upload: boolean }>;
      };
      expect(config.buckets.every((b) => !b.upload)).toBe(true);
    } finally {
      await readOnly.close();
    }
  });

  it('names the flag to change when a port is taken', async () => {
    const error = await startDevStack({
      console: 'none',
      ossPort: 0,
      ossHttpsPort: 0,
      brokerPort: stack.ports.broker,
      logLevel: 'silent',
      dataDir: join(tmp, 'data2'),
    }).catch((err: unknown) => err);
    const message = describeStartupError(error, {
      ossPort: 0,
      ossHttpsPort: 0,
      brokerPort: stack.ports.broker,
      consolePort: 5173,
    });
    expect(message).toBe(
      `Port ${stack.ports.broker} is already in use. Stop whatever is using it, or choose another port with --broker-port <port>.`,
    );
  });
});
