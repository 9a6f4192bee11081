// `npm run cos-local`: cos-local alone. Only parses flags and environment, then calls startCosLocal.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { BIG_FOLDER } from './options';
import { DEFAULT_COS_HTTP_PORT, DEFAULT_COS_HTTPS_PORT, startCosLocal } from './server';

const HELP = `Usage: npm run cos-local -- [options]

  --http-port N        HTTP port (env COS_PORT, default ${DEFAULT_COS_HTTP_PORT}; 0 = any free port)
  --https-port N       HTTPS port (env COS_HTTPS_PORT, default ${DEFAULT_COS_HTTPS_PORT})
  --data-dir PATH      uploads, synthetic-folder manifest, TLS certificate (env COS_DATA_DIR, default .data/cos-local)
  --origin URL         console origin the seeded buckets' CORS rule allows; repeatable (env CONSOLE_ORIGIN)
  --faults JSON        fault injection (same fields as oss-local's)
  --control            serve POST /__cos-local/faults on the service host (loopback only)
  --no-seed            start without the seeded objects
  --big-folder         add a synthetic folder of 100,000 objects, big-folder/ in examplebucket-1250000000
                       (any size: npm run seed -- --data-dir .data/cos-local --bucket <bucket> --objects N --prefix P)
  -h, --help           this text

Environment: LOCAL_STACK_KEY (shared with the broker; verifies COS temporary keys), COS_LOCAL_ROOT_ID and
COS_LOCAL_ROOT_KEY (optional permanent key with full access).`;

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
      'big-folder': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const env = process.env;
  const logger = pino({ name: 'cos-local', timestamp: pino.stdTimeFunctions.isoTime });
  let stackKey = env.LOCAL_STACK_KEY;
  if (stackKey === undefined || stackKey === '') {
    stackKey = randomBytes(32).toString('base64url');
    logger.warn(
      'LOCAL_STACK_KEY is not set: using a random key, so only a broker given the same key can mint keys',
    );
  }
  const origins = values.origin ?? (env.CONSOLE_ORIGIN ? env.CONSOLE_ORIGIN.split(',') : undefined);
  const rootId = env.COS_LOCAL_ROOT_ID;
  const rootKey = env.COS_LOCAL_ROOT_KEY;
  const server = await startCosLocal({
    stackKey,
    httpPort: portOf(values['http-port'] ?? env.COS_PORT, DEFAULT_COS_HTTP_PORT, '--http-port'),
    httpsPort: portOf(values['https-port'] ?? env.COS_HTTPS_PORT, DEFAULT_COS_HTTPS_PORT, '--https-port'),
    dataDir: values['data-dir'] ?? env.COS_DATA_DIR ?? '.data/cos-local',
    seed: !values['no-seed'],
    control: values.control,
    ...(values['big-folder'] ? { synthetic: [BIG_FOLDER] } : {}),
    logger,
    ...(origins === undefined ? {} : { consoleOrigins: origins }),
    ...(values.faults === undefined ? {} : { faults: JSON.parse(values.faults) as Record<string, unknown> }),
    ...(rootId && rootKey ? { rootAccount: { secretId: rootId, secretKey: rootKey } } : {}),
  });
  console.log(`cos-local (region ${server.region})
  HTTP   http://<bucket>-<appid>.${server.endpointHost}:${server.httpPort}
  HTTPS  https://<bucket>-<appid>.${server.endpointHost}:${server.httpsPort}  (self-signed)
  SDK    Domain '${server.domainTemplate}'`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('cos-local failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
