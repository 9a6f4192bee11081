// `npm run oss-local`: oss-local alone. Only parses flags and environment, then calls startOssLocal.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { DEFAULT_HTTP_PORT, DEFAULT_HTTPS_PORT, PortInUseError, startOssLocal } from './server';

const HELP = `Usage: npm run oss-local -- [options]

  --http-port N        HTTP port (env OSS_PORT, default ${DEFAULT_HTTP_PORT}; 0 = any free port)
  --https-port N       HTTPS port (env OSS_HTTPS_PORT, default ${DEFAULT_HTTPS_PORT})
  --data-dir PATH      uploads, synthetic-folder manifest, TLS certificate (env OSS_DATA_DIR, default .data/oss-local)
  --origin URL         console origin the seeded buckets' CORS rule allows; repeatable (env CONSOLE_ORIGIN, default http://localhost:5173)
  --faults JSON        fault injection, e.g. '{"listFailEvery":3,"listFailMode":"reset","listLatencyMs":200}'
  --control            serve POST /__oss-local/faults on the endpoint host (loopback only)
  --no-seed            start without the seeded objects
  -h, --help           this text

Environment: LOCAL_STACK_KEY (shared with the broker; verifies STS tokens), OSS_LOCAL_ROOT_ID and
OSS_LOCAL_ROOT_SECRET (optional static account with full access).`;

function portOf(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, got "${text}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'http-port': { type: 'string' },
      'https-port': { type: 'string' },
      'data-dir': { type: 'string' },
      origin: { type: 'string', multiple: true },
      faults: { type: 'string' },
      control: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const env = process.env;
  const logger = pino({ name: 'oss-local', timestamp: pino.stdTimeFunctions.isoTime });
  let stackKey = env.LOCAL_STACK_KEY;
  if (stackKey === undefined || stackKey === '') {
    stackKey = randomBytes(32).toString('base64url');
    logger.warn(
      'LOCAL_STACK_KEY is not set: using a random key, so only a broker given the same key can mint credentials',
    );
  }
  const origins = values.origin ?? (env.CONSOLE_ORIGIN ? env.CONSOLE_ORIGIN.split(',') : undefined);
  const rootId = env.OSS_LOCAL_ROOT_ID;
  const rootSecret = env.OSS_LOCAL_ROOT_SECRET;

  const server = await startOssLocal({
    stackKey,
    httpPort: portOf(values['http-port'] ?? env.OSS_PORT, DEFAULT_HTTP_PORT, '--http-port'),
    httpsPort: portOf(values['https-port'] ?? env.OSS_HTTPS_PORT, DEFAULT_HTTPS_PORT, '--https-port'),
    dataDir: values['data-dir'] ?? env.OSS_DATA_DIR ?? '.data/oss-local',
    seed: !values['no-seed'],
    control: values.control,
    logger,
    ...(origins === undefined ? {} : { consoleOrigins: origins }),
    ...(values.faults === undefined ? {} : { faults: JSON.parse(values.faults) as Record<string, unknown> }),
    ...(rootId && rootSecret ? { rootAccount: { accessKeyId: rootId, accessKeySecret: rootSecret } } : {}),
  });
  console.log(`oss-local (region ${server.region})
  HTTP   ${server.httpEndpoint}   buckets: http://<bucket>.${server.endpointHost}:${server.httpPort}
  HTTPS  ${server.httpsEndpoint}  self-signed; certificate ${server.certificatePath ?? '(in memory)'}
         SHA-256 ${server.certificateFingerprint}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof PortInUseError) console.error(err.message);
  else console.error('oss-local failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
