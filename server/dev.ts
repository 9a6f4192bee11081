// `npm start` (tsx server/dev.ts): the whole local stack in one process — oss-local and cos-local (HTTP +
// HTTPS each), the broker in local mode (OSS and COS buckets), and the console — preconfigured for each other. Playwright's global setup calls
// startDevStack() with ephemeral ports; the CLI below only parses flags, starts it and waits for Ctrl-C.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBrokerApp } from './broker/app';
import type { BrokerConfig } from './broker/broker-config';
import { BrokerConfigError, parseBrokerEnv } from './broker/env';
import { listen } from './broker/listen';
import { createLogger } from './broker/logger';
import type { DevCliOptions } from './dev-args';
import { DEFAULT_PORTS, DEV_USAGE, DevArgsError, flagForPort, parseDevArgs } from './dev-args';
import { formatBanner } from './dev-banner';
import type { ConsoleRuntime, RunningConsole } from './dev-console';
import { startDistConsole, startViteConsole } from './dev-console';
import { localOssOrigins } from './dev-csp';
import type { FaultControl } from './object-store/faults';
import { BIG_FOLDER, COS_SEED_BUCKETS, DEFAULT_REGION as COS_REGION } from './cos-local/options';
import { startCosLocal } from './cos-local/server';
import { startOssLocal } from './oss-local/server';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const REGION = 'cn-local';
const ENDPOINT_HOST = `oss-${REGION}.localhost`;
const ACCELERATE_HOST = 'oss-accelerate.localhost';
/** custom domain → bucket; oss-local serves them and the broker tells the console about them */
export const DEV_CNAMES: Readonly<Record<string, string>> = {
  'files.example.localhost': 'examplebucket',
  'cdn.example.localhost': 'public-bucket',
};
export const DEV_BUCKETS = ['examplebucket', 'public-bucket', 'nocors-bucket'] as const;
/**
 * Buckets whose credentials may upload unless the stack runs read-only. public-bucket and nocors-bucket
 * stay read-only on purpose: the console shows an upload link there as "not permitted".
 */
export const DEV_UPLOAD_BUCKETS: readonly string[] = ['examplebucket', COS_SEED_BUCKETS.example];
/** cos-local's custom domain of the sample COS bucket (served on cos-local's ports) */
const DEV_COS_CNAMES: Readonly<Record<string, string>> = {
  'files.cos-example.localhost': COS_SEED_BUCKETS.example,
};
/** COS buckets of the sample configuration (cos-local serves them; region ap-guangzhou, APPID 1250000000) */
export const DEV_COS_BUCKETS = [
  COS_SEED_BUCKETS.example,
  COS_SEED_BUCKETS.public,
  COS_SEED_BUCKETS.nocors,
] as const;
/**
 * The dev broker's longest credentials unless --max-duration says otherwise: the console's longest preset
 * is 9 h (32400 s), and a link cannot outlive the credentials that signed it, so a 9 h link from
 * `npm start` must get 9 h credentials. (STS allows up to 43200 s when the role's maximum permits it.)
 */
export const DEV_MAX_DURATION_SECONDS = 32_400;

export interface DevStackOptions extends Partial<DevCliOptions> {
  /** shared by the broker and oss-local; random per start unless given (or LOCAL_STACK_KEY) */
  stackKey?: string;
  /** more origins the broker and the buckets' CORS rules accept (e.g. a console served elsewhere) */
  extraConsoleOrigins?: string[];
  /** built console for --console dist, default <repo>/dist */
  distDir?: string;
  /** cos-local: add the 100,000-object folder big-folder/ to examplebucket-1250000000 */
  cosBigFolder?: boolean;
}

export interface DevStack {
  /** where to open the console, e.g. http://127.0.0.1:5173/ (absent with console 'none') */
  consoleUrl?: string;
  /** origins the broker and the buckets' CORS rules accept */
  consoleOrigins: string[];
  /** e.g. http://127.0.0.1:8787 */
  brokerUrl: string;
  /** e.g. http://oss-cn-local.localhost:9000 */
  ossHttpEndpoint: string;
  /** e.g. https://oss-cn-local.localhost:9443 */
  ossHttpsEndpoint: string;
  ports: { oss: number; ossHttps: number; cos: number; cosHttps: number; broker: number; console?: number };
  /** cos-local: e.g. http://<bucket>.cos.ap-guangzhou.localhost:9100 */
  cos: {
    region: string;
    buckets: readonly string[];
    httpHost: string;
    httpsHost: string;
    faults: FaultControl;
  };
  region: string;
  buckets: readonly string[];
  /** buckets whose credentials carry oss:PutObject, oss:AbortMultipartUpload and oss:ListParts */
  uploadBuckets: readonly string[];
  customDomains: Readonly<Record<string, string>>;
  stackKey: string;
  /** PEM of oss-local's self-signed certificate: pass as `ca` instead of disabling verification */
  certificatePem: string;
  /** oss-local's fault injection, for tests that flip faults mid-run */
  faults: FaultControl;
  /** the block the CLI prints */
  banner: string;
  close(): Promise<void>;
}

function brokerConfigFor(o: {
  stackKey: string;
  brokerPort: number;
  origins: string[];
  ossPort: number;
  ossHttpsPort: number;
  cosPort: number;
  cosHttpsPort: number;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
  uploadBuckets: readonly string[];
  logLevel: string;
}): BrokerConfig {
  return parseBrokerEnv({
    BROKER_MODE: 'local',
    BROKER_AUTH: 'none',
    BROKER_HOST: '127.0.0.1',
    BROKER_PORT: String(o.brokerPort),
    BROKER_ALLOWED_ORIGINS: o.origins.join(','),
    LOCAL_STACK_KEY: o.stackKey,
    BROKER_REGION: REGION,
    BROKER_OSS_ENDPOINT: `${ENDPOINT_HOST}:${o.ossPort}`,
    BROKER_OSS_SECURE: 'false',
    BROKER_OSS_HTTPS_ENDPOINT: `${ENDPOINT_HOST}:${o.ossHttpsPort}`,
    BROKER_OSS_ACCELERATE_ENDPOINT: `${ACCELERATE_HOST}:${o.ossPort}`,
    BROKER_BUCKETS: JSON.stringify([
      ...DEV_BUCKETS.map((name) => ({
        name,
        prefix: '',
        upload: o.uploadBuckets.includes(name),
        customDomains: Object.keys(DEV_CNAMES).filter((host) => DEV_CNAMES[host] === name),
      })),
      ...DEV_COS_BUCKETS.map((name) => ({
        name,
        provider: 'cos',
        region: COS_REGION,
        prefix: '',
        upload: o.uploadBuckets.includes(name),
        // the sample bucket has global acceleration on: cos-local answers <bucket>.cos.accelerate.localhost
        ...(name === COS_SEED_BUCKETS.example ? { accelerate: true } : {}),
      })),
    ]),
    BROKER_COS_DOMAIN: `localhost:${o.cosPort}`,
    BROKER_COS_HTTPS_DOMAIN: `localhost:${o.cosHttpsPort}`,
    BROKER_COS_SECURE: 'false',
    BROKER_DEFAULT_BUCKET: 'examplebucket',
    BROKER_MIN_DURATION: o.minDurationSeconds?.toString(),
    BROKER_MAX_DURATION: String(o.maxDurationSeconds ?? DEV_MAX_DURATION_SECONDS),
    // e2e refreshes short-lived credentials often; the limit is for deployed brokers
    BROKER_RATE_LIMIT: '6000',
    LOG_LEVEL: o.logLevel,
  });
}

async function startConsole(
  mode: DevCliOptions['console'],
  port: number,
  distDir: string,
  runtime: ConsoleRuntime,
): Promise<RunningConsole | undefined> {
  if (mode === 'dev') return startViteConsole(REPO_ROOT, port, runtime);
  if (mode === 'dist') return startDistConsole(distDir, port, runtime);
  return undefined;
}

export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const o = {
    console: options.console ?? 'dev',
    ossPort: options.ossPort ?? DEFAULT_PORTS.oss,
    ossHttpsPort: options.ossHttpsPort ?? DEFAULT_PORTS.ossHttps,
    // a caller that asks for ephemeral OSS ports (tests) gets ephemeral COS ports too
    cosPort: options.cosPort ?? (options.ossPort === 0 ? 0 : DEFAULT_PORTS.cos),
    cosHttpsPort: options.cosHttpsPort ?? (options.ossHttpsPort === 0 ? 0 : DEFAULT_PORTS.cosHttps),
    brokerPort: options.brokerPort ?? DEFAULT_PORTS.broker,
    consolePort: options.consolePort ?? DEFAULT_PORTS.console,
    upload: options.upload ?? true,
    faults: options.faults ?? {},
    control: options.control ?? false,
    logLevel: options.logLevel ?? 'warn',
    stackKey: options.stackKey ?? process.env.LOCAL_STACK_KEY ?? randomBytes(32).toString('base64url'),
  };
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  };

  try {
    // The console starts first: its origin goes into the CORS rules of the broker and the buckets.
    // It learns the broker URL and the OSS ports through `runtime` once they are bound.
    const runtime: ConsoleRuntime = { ossOrigins: [] };
    const consoleServer = await startConsole(
      o.console,
      o.consolePort,
      options.distDir ?? `${REPO_ROOT}dist`,
      runtime,
    );
    if (consoleServer) closers.push(consoleServer.close);
    const origins = [
      ...(consoleServer
        ? [`http://127.0.0.1:${consoleServer.port}`, `http://localhost:${consoleServer.port}`]
        : []),
      ...(options.extraConsoleOrigins ?? []),
    ];
    const consoleOrigins = origins.length > 0 ? origins : [`http://localhost:${DEFAULT_PORTS.console}`];

    const oss = await startOssLocal({
      httpPort: o.ossPort,
      httpsPort: o.ossHttpsPort,
      stackKey: o.stackKey,
      region: REGION,
      accelerateEndpoint: ACCELERATE_HOST,
      cnames: { ...DEV_CNAMES },
      consoleOrigins,
      faults: o.faults,
      control: o.control,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    closers.push(oss.close);

    const cos = await startCosLocal({
      httpPort: o.cosPort,
      httpsPort: o.cosHttpsPort,
      stackKey: o.stackKey,
      consoleOrigins,
      faults: o.faults,
      control: o.control,
      customDomains: DEV_COS_CNAMES,
      ...(options.cosBigFolder ? { synthetic: [BIG_FOLDER] } : {}),
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'cos-local') } : {}),
    });
    closers.push(cos.close);

    const uploadBuckets = o.upload ? [...DEV_UPLOAD_BUCKETS] : [];
    const config = brokerConfigFor({
      stackKey: o.stackKey,
      brokerPort: o.brokerPort,
      origins: consoleOrigins,
      ossPort: oss.httpPort,
      ossHttpsPort: oss.httpsPort,
      cosPort: cos.httpPort,
      cosHttpsPort: cos.httpsPort,
      minDurationSeconds: options.minDurationSeconds,
      maxDurationSeconds: options.maxDurationSeconds,
      uploadBuckets,
      logLevel: o.logLevel,
    });
    const app = createBrokerApp({ config, logger: createLogger({ level: o.logLevel }) });
    const broker = await listen(app.fetch, config.host, o.brokerPort);
    closers.push(broker.close);
    const brokerUrl = `http://127.0.0.1:${broker.port}`;
    runtime.brokerUrl = brokerUrl;
    runtime.ossOrigins = [
      ...localOssOrigins(oss.httpPort, oss.httpsPort),
      ...(cos.httpPort === oss.httpPort ? [] : localOssOrigins(cos.httpPort, cos.httpsPort)),
    ];
    const cosHttpHost = `http://<bucket>.${cos.endpointHost}:${cos.httpPort}`;
    const cosHttpsHost = `https://<bucket>.${cos.endpointHost}:${cos.httpsPort}`;

    const banner = formatBanner({
      consoleUrl: consoleServer?.url,
      brokerUrl,
      ossHttp: oss.httpEndpoint,
      ossHttps: oss.httpsEndpoint,
      accelerate: `http://<bucket>.${ACCELERATE_HOST}:${oss.httpPort}`,
      customDomains: DEV_CNAMES,
      buckets: [...DEV_BUCKETS],
      cos: {
        http: cosHttpHost,
        https: cosHttpsHost,
        buckets: [...DEV_COS_BUCKETS],
        accelerate: `http://<bucket>.${cos.accelerateHost}:${cos.httpPort}`,
        customDomains: DEV_COS_CNAMES,
      },
      uploadBuckets,
      minDurationSeconds: config.duration.min,
      maxDurationSeconds: config.duration.max,
      certPath: oss.certificatePath,
      dataDir: options.dataDir,
      control: o.control,
      faults: Object.keys(o.faults).length > 0,
    });
    return {
      consoleUrl: consoleServer?.url,
      consoleOrigins,
      brokerUrl,
      ossHttpEndpoint: oss.httpEndpoint,
      ossHttpsEndpoint: oss.httpsEndpoint,
      ports: {
        oss: oss.httpPort,
        ossHttps: oss.httpsPort,
        cos: cos.httpPort,
        cosHttps: cos.httpsPort,
        broker: broker.port,
        console: consoleServer?.port,
      },
      cos: {
        region: cos.region,
        buckets: DEV_COS_BUCKETS,
        httpHost: cosHttpHost,
        httpsHost: cosHttpsHost,
        faults: cos.faults,
      },
      region: REGION,
      buckets: DEV_BUCKETS,
      uploadBuckets,
      customDomains: DEV_CNAMES,
      stackKey: o.stackKey,
      certificatePem: oss.certificatePem,
      faults: oss.faults,
      banner,
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** A startup failure as one line an operator can act on. */
export function describeStartupError(err: unknown, ports: Parameters<typeof flagForPort>[0]): string {
  if (err instanceof DevArgsError || err instanceof BrokerConfigError) return err.message;
  const port = (err as { port?: unknown } | null)?.port;
  const code = (err as { code?: unknown } | null)?.code;
  if (
    err instanceof Error &&
    (err.name === 'PortInUseError' || code === 'EADDRINUSE') &&
    typeof port === 'number'
  ) {
    return `Port ${port} is already in use. Stop whatever is using it, or choose another port with ${flagForPort(ports, port)} <port>.`;
  }
  return err instanceof Error ? err.message : String(err);
}

async function main(): Promise<void> {
  let options: DevCliOptions | undefined;
  try {
    options = parseDevArgs(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(describeStartupError(err, DEFAULT_PORTS_AS_OPTIONS));
    process.exit(1);
  }
  if (!options) {
    console.log(DEV_USAGE);
    return;
  }
  let stack: DevStack;
  try {
    stack = await startDevStack(options);
  } catch (err) {
    console.error(describeStartupError(err, options));
    process.exit(1);
  }
  console.log(stack.banner);
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(0);
    stopping = true;
    void stack.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const DEFAULT_PORTS_AS_OPTIONS = {
  ossPort: DEFAULT_PORTS.oss,
  ossHttpsPort: DEFAULT_PORTS.ossHttps,
  cosPort: DEFAULT_PORTS.cos,
  cosHttpsPort: DEFAULT_PORTS.cosHttps,
  brokerPort: DEFAULT_PORTS.broker,
  consolePort: DEFAULT_PORTS.console,
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
