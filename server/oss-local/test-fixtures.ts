// Shared by oss-local's tests (and usable by other suites): a server on free ports with a steerable
// clock, STS credentials minted the way the broker mints them, and ali-oss clients wired to *.localhost.
import OSS from 'ali-oss';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { mintCredentials, type LocalStsCredentials, type OssPolicy } from '../local-sts/token';
import { createLoopbackAgents, type LoopbackAgents } from './loopback-lookup';
import { startOssLocal, type OssLocalServer, type StartOssLocalOptions } from './server';

export const STACK_KEY = 'oss-local-test-stack-key-0123456789';
export const ROOT = {
  accessKeyId: 'test-root-not-a-real-key',
  accessKeySecret: 'oss-local-root-secret',
} as const;
export const CONSOLE_ORIGIN = 'http://localhost:5173';

export interface TestServer {
  server: OssLocalServer;
  /** added to the real clock for the server's view of time */
  clock: { offsetMs: number };
  agents: LoopbackAgents;
  close(): Promise<void>;
}

export async function startTestServer(extra: Partial<StartOssLocalOptions> = {}): Promise<TestServer> {
  const clock = { offsetMs: 0 };
  const server = await startOssLocal({
    stackKey: STACK_KEY,
    rootAccount: { ...ROOT },
    httpPort: 0,
    httpsPort: 0,
    dataDir: null,
    now: () => Date.now() + clock.offsetMs,
    ...extra,
  });
  const agents = createLoopbackAgents({ ca: server.certificatePem });
  return {
    server,
    clock,
    agents,
    close: async () => {
      agents.destroy();
      await server.close();
    },
  };
}

/** Allow statements on whole buckets: objects, listing and CNAME listing. */
export function fullAccess(...buckets: string[]): OssPolicy {
  return {
    Version: '1',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['oss:*'],
        Resource: buckets.flatMap((b) => [`acs:oss:*:*:${b}`, `acs:oss:*:*:${b}/*`]),
      },
    ],
  };
}

export function mint(
  policy: OssPolicy,
  options: { ttlSeconds?: number; nowMs?: number } = {},
): LocalStsCredentials {
  const iat = Math.floor((options.nowMs ?? Date.now()) / 1000);
  return mintCredentials(STACK_KEY, {
    iat,
    exp: iat + (options.ttlSeconds ?? 3600),
    sub: 'oss-local-test',
    policy,
  });
}

export interface ClientOptions {
  bucket?: string;
  v4?: boolean;
  https?: boolean;
  /** custom domain host (without port): the client talks to it with cname: true */
  cname?: string;
  /** talk to the accelerate endpoint */
  accelerate?: boolean;
  /** more ali-oss options (e.g. refreshSTSToken), applied last */
  sdk?: Partial<OSS.Options>;
}

type SdkOptions = OSS.Options & { agent?: HttpAgent; httpsAgent?: HttpsAgent };

/** An ali-oss client for STS credentials (or the root account when `creds` is omitted). */
export function sdkClient(
  ts: TestServer,
  creds: LocalStsCredentials | undefined,
  options: ClientOptions = {},
): OSS {
  const { server } = ts;
  const scheme = options.https ? 'https' : 'http';
  const port = options.https ? server.httpsPort : server.httpPort;
  const host = options.cname ?? (options.accelerate ? 'oss-accelerate.localhost' : server.endpointHost);
  const sdkOptions: SdkOptions = {
    region: `oss-${server.region}`,
    endpoint: `${scheme}://${host}:${port}`,
    bucket: options.bucket ?? 'examplebucket',
    cname: options.cname !== undefined,
    accessKeyId: creds?.AccessKeyId ?? ROOT.accessKeyId,
    accessKeySecret: creds?.AccessKeySecret ?? ROOT.accessKeySecret,
    authorizationV4: options.v4 ?? false,
    // silences ali-oss's advice to refresh tokens; the tests hand it fixed credentials on purpose
    refreshSTSTokenInterval: 3_600_000,
    agent: ts.agents.httpAgent,
    httpsAgent: ts.agents.httpsAgent,
    ...(creds === undefined ? {} : { stsToken: creds.SecurityToken }),
    ...options.sdk,
  };
  return new OSS(sdkOptions);
}

/** ali-oss multipart calls as the SDK really answers them (@types/ali-oss types these two wrongly). */
export function listParts(
  client: OSS,
  key: string,
  uploadId: string,
  query: { 'max-parts'?: string; 'part-number-marker'?: string } = {},
): Promise<Awaited<ReturnType<OSS['listParts']>>> {
  return client.listParts(key, uploadId, query as unknown as OSS.ListPartsQuery);
}

export async function abortUpload(client: OSS, key: string, uploadId: string): Promise<number> {
  const result = (await client.abortMultipartUpload(key, uploadId)) as unknown as { res: { status: number } };
  return result.res.status;
}

/** The <Code> of an OSS error body. */
export function errorCode(body: Buffer | string): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(body.toString())?.[1];
}

/** The code ali-oss reports for a failed call (it parses the error XML). */
export async function sdkErrorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    return String((err as { code?: string; name?: string }).code ?? (err as Error).name);
  }
  return 'no error';
}

/** ali-oss types response headers as `object`; they are a plain record of lower-cased names. */
export function sdkHeaders(result: { res: { headers: object } }): Record<string, string> {
  return result.res.headers as Record<string, string>;
}
