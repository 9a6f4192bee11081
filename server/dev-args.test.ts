import { describe, expect, it } from 'vitest';
import { DevArgsError, flagForPort, parseDevArgs } from './dev-args';

describe('parseDevArgs', () => {
  it('defaults to the documented ports and the Vite console', () => {
    expect(parseDevArgs([], {})).toEqual({
      console: 'dev',
      ossPort: 9000,
      ossHttpsPort: 9443,
      cosPort: 9100,
      cosHttpsPort: 9543,
      brokerPort: 8787,
      consolePort: 5173,
      minDurationSeconds: undefined,
      maxDurationSeconds: undefined,
      upload: true,
      faults: {},
      control: false,
      dataDir: undefined,
      logLevel: 'warn',
    });
  });

  it('reads flags, and environment variables when a flag is absent', () => {
    const options = parseDevArgs(
      [
        '--console',
        'dist',
        '--oss-port',
        '0',
        '--broker-port',
        '18787',
        '--min-duration',
        '60',
        '--control',
        '--upload',
      ],
      { OSS_HTTPS_PORT: '19443', BROKER_PORT: '1', CONSOLE_PORT: '15173', OSS_DATA_DIR: '/tmp/oss' },
    );
    expect(options).toMatchObject({
      console: 'dist',
      ossPort: 0,
      ossHttpsPort: 19443,
      brokerPort: 18787,
      consolePort: 15173,
      minDurationSeconds: 60,
      control: true,
      upload: true,
      dataDir: '/tmp/oss',
    });
  });

  it('turns upload off with --read-only or --no-upload (--upload is the default, accepted)', () => {
    expect(parseDevArgs(['--read-only'], {})?.upload).toBe(false);
    expect(parseDevArgs(['--no-upload'], {})?.upload).toBe(false);
    expect(parseDevArgs(['--upload'], {})?.upload).toBe(true);
  });

  it('merges --faults JSON with the shorthand flags', () => {
    const options = parseDevArgs(
      [
        '--faults',
        '{"listLatencyMs":50,"listFailEvery":5}',
        '--list-fail-every',
        '3',
        '--list-fail-mode',
        'reset',
        '--token-max-age',
        '30',
      ],
      {},
    );
    expect(options?.faults).toEqual({
      listLatencyMs: 50,
      listFailEvery: 3,
      listFailMode: 'reset',
      tokenMaxAgeSeconds: 30,
    });
  });

  it('returns undefined for --help', () => {
    expect(parseDevArgs(['--help'], {})).toBeUndefined();
  });

  it.each([
    [['--oss-port', '70000'], '--oss-port must be a port number'],
    [['--console', 'vite'], '--console must be dev, dist or none'],
    [['--faults', '[1]'], '--faults must be a JSON object'],
    [['--min-duration', '0'], '--min-duration must be whole seconds'],
    [['--list-fail-mode', 'drop'], '--list-fail-mode must be 503 or reset'],
    [['--upload', '--read-only'], '--upload and --read-only (--no-upload) contradict each other'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('explains %j', (argv, message) => {
    expect(() => parseDevArgs(argv, {})).toThrow(DevArgsError);
    expect(() => parseDevArgs(argv, {})).toThrow(message);
  });
});

describe('flagForPort', () => {
  it('names the flag that moves a busy port', () => {
    const ports = { ossPort: 9000, ossHttpsPort: 9443, brokerPort: 8787, consolePort: 5173 };
    expect(flagForPort(ports, 8787)).toBe('--broker-port');
    expect(flagForPort(ports, 9443)).toBe('--oss-https-port');
  });
});
