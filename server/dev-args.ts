// `npm start -- [flags]`: flags and environment variables of the dev stack, parsed into startDevStack options.
// Pure (argv and env in, options out) so it is tested without starting anything.
import { parseArgs } from 'node:util';
import type { FaultPatch } from './object-store/faults';

export type ConsoleMode = 'dev' | 'dist' | 'none';

export interface DevCliOptions {
  console: ConsoleMode;
  ossPort: number;
  ossHttpsPort: number;
  cosPort: number;
  cosHttpsPort: number;
  brokerPort: number;
  consolePort: number;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
  /** examplebucket's credentials may upload (default); false with --read-only / --no-upload */
  upload: boolean;
  faults: FaultPatch;
  control: boolean;
  dataDir?: string;
  logLevel: string;
}

export const DEFAULT_PORTS = {
  oss: 9000,
  ossHttps: 9443,
  cos: 9100,
  cosHttps: 9543,
  broker: 8787,
  console: 5173,
} as const;

export class DevArgsError extends Error {
  override name = 'DevArgsError';
}

export const DEV_USAGE = `Usage: npm start -- [options]

  --console dev|dist|none   console served by Vite (dev, default), the built dist/ (dist), or not at all
  --oss-port N              oss-local HTTP port (env OSS_PORT, default ${DEFAULT_PORTS.oss}; 0 = any free port)
  --oss-https-port N        oss-local HTTPS port (env OSS_HTTPS_PORT, default ${DEFAULT_PORTS.ossHttps})
  --cos-port N              cos-local HTTP port (env COS_PORT, default ${DEFAULT_PORTS.cos})
  --cos-https-port N        cos-local HTTPS port (env COS_HTTPS_PORT, default ${DEFAULT_PORTS.cosHttps})
  --broker-port N           broker port (env BROKER_PORT, default ${DEFAULT_PORTS.broker})
  --console-port N          console port (env CONSOLE_PORT, default ${DEFAULT_PORTS.console})
  --min-duration S          shortest credentials the broker grants, seconds (env BROKER_MIN_DURATION, default 900)
  --max-duration S          longest credentials the broker grants, seconds (env BROKER_MAX_DURATION, default 32400 = 9 h)
  --read-only               credentials only read: no upload on any bucket (alias --no-upload).
                            By default examplebucket's credentials may upload (PutObject, multipart);
                            public-bucket and nocors-bucket are always read-only
  --data-dir PATH           where oss-local keeps uploads (env OSS_DATA_DIR, default .data/oss-local)
  --faults JSON             oss-local fault injection, e.g. '{"listFailEvery":3,"listFailMode":"reset"}'
  --list-fail-every N       shorthand: every Nth list request fails (503, or reset with --list-fail-mode reset)
  --list-fail-mode M        503|reset
  --list-latency-ms N       shorthand: add latency to list requests
  --token-max-age S         shorthand: oss-local treats tokens as expired S seconds after issue
  --control                 enable oss-local's control endpoint (loopback only; for e2e)
  --log-level L             broker log level (default warn)
  -h, --help                this text`;

function port(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new DevArgsError(`${flag} must be a port number from 0 to 65535 (got "${value}").`);
  }
  return Number(value);
}

function seconds(flag: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 43200) {
    throw new DevArgsError(`${flag} must be whole seconds from 1 to 43200 (got "${value}").`);
  }
  return Number(value);
}

function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new DevArgsError(`${flag} must be a whole number (got "${value}").`);
  return Number(value);
}

function faultsJson(value: string | undefined): FaultPatch {
  if (value === undefined || value === '') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as FaultPatch;
  } catch {
    throw new DevArgsError(
      `--faults must be a JSON object, e.g. --faults '{"listFailEvery":3}' (got "${value}").`,
    );
  }
}

/** Returns undefined when help was asked for. */
export function parseDevArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): DevCliOptions | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        console: { type: 'string' },
        'oss-port': { type: 'string' },
        'oss-https-port': { type: 'string' },
        'cos-port': { type: 'string' },
        'cos-https-port': { type: 'string' },
        'broker-port': { type: 'string' },
        'console-port': { type: 'string' },
        'min-duration': { type: 'string' },
        'max-duration': { type: 'string' },
        upload: { type: 'boolean' },
        'read-only': { type: 'boolean' },
        'no-upload': { type: 'boolean' },
        'data-dir': { type: 'string' },
        faults: { type: 'string' },
        'list-fail-every': { type: 'string' },
        'list-fail-mode': { type: 'string' },
        'list-latency-ms': { type: 'string' },
        'token-max-age': { type: 'string' },
        control: { type: 'boolean' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new DevArgsError(`${(err as Error).message}\n\n${DEV_USAGE}`);
  }
  if (values.help) return undefined;

  const consoleMode = values.console ?? 'dev';
  if (consoleMode !== 'dev' && consoleMode !== 'dist' && consoleMode !== 'none') {
    throw new DevArgsError(`--console must be dev, dist or none (got "${consoleMode}").`);
  }
  const readOnly = values['read-only'] === true || values['no-upload'] === true;
  if (readOnly && values.upload === true)
    throw new DevArgsError('--upload and --read-only (--no-upload) contradict each other: choose one.');
  const failMode = values['list-fail-mode'];
  if (failMode !== undefined && failMode !== '503' && failMode !== 'reset') {
    throw new DevArgsError(`--list-fail-mode must be 503 or reset (got "${failMode}").`);
  }

  const faults: FaultPatch = { ...faultsJson(values.faults ?? env.OSS_FAULTS) };
  const failEvery = whole('--list-fail-every', values['list-fail-every']);
  if (failEvery !== undefined) faults.listFailEvery = failEvery;
  if (failMode !== undefined) faults.listFailMode = failMode;
  const latency = whole('--list-latency-ms', values['list-latency-ms']);
  if (latency !== undefined) faults.listLatencyMs = latency;
  const maxAge = whole('--token-max-age', values['token-max-age']);
  if (maxAge !== undefined) faults.tokenMaxAgeSeconds = maxAge;

  return {
    console: consoleMode,
    ossPort: port('--oss-port', values['oss-port'] ?? env.OSS_PORT, DEFAULT_PORTS.oss),
    ossHttpsPort: port(
      '--oss-https-port',
      values['oss-https-port'] ?? env.OSS_HTTPS_PORT,
      DEFAULT_PORTS.ossHttps,
    ),
    cosPort: port('--cos-port', values['cos-port'] ?? env.COS_PORT, DEFAULT_PORTS.cos),
    cosHttpsPort: port(
      '--cos-https-port',
      values['cos-https-port'] ?? env.COS_HTTPS_PORT,
      DEFAULT_PORTS.cosHttps,
    ),
    brokerPort: port('--broker-port', values['broker-port'] ?? env.BROKER_PORT, DEFAULT_PORTS.broker),
    consolePort: port('--console-port', values['console-port'] ?? env.CONSOLE_PORT, DEFAULT_PORTS.console),
    minDurationSeconds: seconds('--min-duration', values['min-duration'] ?? env.BROKER_MIN_DURATION),
    maxDurationSeconds: seconds('--max-duration', values['max-duration'] ?? env.BROKER_MAX_DURATION),
    upload: !readOnly,
    faults,
    control: values.control ?? false,
    dataDir: values['data-dir'] ?? env.OSS_DATA_DIR,
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'warn',
  };
}

/** Which flag moves a port, for the "port already in use" message. */
export function flagForPort(
  options: Pick<DevCliOptions, 'ossPort' | 'ossHttpsPort' | 'brokerPort' | 'consolePort'> &
    Partial<Pick<DevCliOptions, 'cosPort' | 'cosHttpsPort'>>,
  port: number,
): string {
  if (port === options.ossPort) return '--oss-port';
  if (port === options.ossHttpsPort) return '--oss-https-port';
  if (port === options.cosPort) return '--cos-port';
  if (port === options.cosHttpsPort) return '--cos-https-port';
  if (port === options.brokerPort) return '--broker-port';
  if (port === options.consolePort) return '--console-port';
  return 'the matching --*-port flag';
}
