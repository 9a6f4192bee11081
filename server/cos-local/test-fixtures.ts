// Helpers for cos-local's tests (and other suites): a server on free ports with a steerable clock, COS
// temporary keys minted as the broker's local mode does, and cos-nodejs-sdk-v5 clients pointed at it.
//
// How the SDK reaches cos-local: `Domain: '{Bucket}.cos.{Region}.localhost:PORT'` makes it build (and
// sign) the virtual-hosted URL, and `Ip: '127.0.0.1:PORT'` makes it connect to loopback while keeping that
// host in the Host header (Node does not resolve *.localhost here). `Protocol: 'http:'`.
import COS from 'cos-nodejs-sdk-v5';
import { mintCosKey, type CosScope, type CosTemporaryKey } from '../local-sts/cos-token';
import { COS_SEED_BUCKETS, DEFAULT_REGION } from './options';
import { startCosLocal, type CosLocalServer, type StartCosLocalOptions } from './server';

export const STACK_KEY = 'cos-local-test-stack-key';
/** obviously fake permanent key */
export const ROOT = {
  secretId: 'AKIDEXAMPLEROOT0000000000000000000000',
  secretKey: 'EXAMPLEROOTKEY00000000000000000',
};
export const BUCKET = COS_SEED_BUCKETS.example;
export const PUBLIC_BUCKET = COS_SEED_BUCKETS.public;
export const REGION = DEFAULT_REGION;

export interface TestCos {
  server: CosLocalServer;
  clock: { offsetMs: number };
  /** http://<bucket>.cos.<region>.localhost:PORT */
  origin(bucket?: string): string;
  close(): Promise<void>;
}

export async function startTestCos(extra: Partial<StartCosLocalOptions> = {}): Promise<TestCos> {
  const clock = { offsetMs: 0 };
  const server = await startCosLocal({
    stackKey: STACK_KEY,
    rootAccount: ROOT,
    httpPort: 0,
    httpsPort: 0,
    dataDir: null,
    now: () => Date.now() + clock.offsetMs,
    ...extra,
  });
  return {
    server,
    clock,
    origin: (bucket = BUCKET) => `http://${bucket}.${server.endpointHost}:${server.httpPort}`,
    close: () => server.close(),
  };
}

export function mintKey(
  scope: Partial<CosScope> = {},
  opts: { ttlSeconds?: number; nowMs?: number } = {},
): CosTemporaryKey {
  const iatMs = opts.nowMs ?? Date.now();
  const iat = Math.floor(iatMs / 1000);
  return mintCosKey(STACK_KEY, {
    iat,
    iatMs,
    exp: iat + (opts.ttlSeconds ?? 900),
    sub: 'test',
    scope: { bucket: BUCKET, region: REGION, prefix: '', actions: ['name/cos:*'], ...scope },
  });
}

export function sdkFor(
  ts: TestCos,
  creds: { SecretId: string; SecretKey: string; SecurityToken?: string } = {
    SecretId: ROOT.secretId,
    SecretKey: ROOT.secretKey,
  },
  extra: COS.COSOptions = {},
): COS {
  return new COS({
    ...extra,
    ...creds,
    Domain: ts.server.domainTemplate,
    Protocol: 'http:',
    Ip: `127.0.0.1:${ts.server.httpPort}`,
    // no retries, no host switching: a refused request must surface as it is
    AutoSwitchHost: false,
    KeepAlive: false,
    ChunkRetryTimes: 0,
  });
}

export function sdkForKey(ts: TestCos, key: CosTemporaryKey): COS {
  return sdkFor(ts, {
    SecretId: key.tmpSecretId,
    SecretKey: key.tmpSecretKey,
    SecurityToken: key.sessionToken,
  });
}

/** The COS error code of a failed SDK call. */
export async function sdkError(
  p: Promise<unknown>,
): Promise<{ code: string; statusCode: number | undefined }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; statusCode?: number; error?: { Code?: string } };
    return { code: e.code ?? e.error?.Code ?? String(err), statusCode: e.statusCode };
  }
  throw new Error('expected the SDK call to fail');
}
