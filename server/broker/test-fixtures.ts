// Test helpers: a local-mode broker configuration parsed through the same path as production, and a log
// sink that keeps every JSON line for assertions.
import { Writable } from 'node:stream';
import type { BrokerConfig } from './broker-config';
import { parseBrokerEnv } from './env';
import { createLogger } from './logger';

export const TEST_TOKEN = 'alice-token-0123456789abcdef';
export const OTHER_TOKEN = 'bob-token-0123456789abcdefgh';
export const CONSOLE_ORIGIN = 'http://127.0.0.1:5173';
export const STACK_KEY = 'test-stack-key-0123456789abcdef';

export function testEnv(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    BROKER_MODE: 'local',
    BROKER_TOKENS: `alice:${TEST_TOKEN},bob:${OTHER_TOKEN}`,
    BROKER_ALLOWED_ORIGINS: CONSOLE_ORIGIN,
    LOCAL_STACK_KEY: STACK_KEY,
    BROKER_BUCKETS: JSON.stringify([
      { name: 'examplebucket', prefix: '', upload: false, customDomains: ['files.example.localhost:9000'] },
      { name: 'scoped-bucket', prefix: 'shared/', upload: true },
    ]),
    BROKER_MIN_DURATION: '60',
    BROKER_MAX_DURATION: '3600',
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string | undefined> = {}): BrokerConfig {
  return parseBrokerEnv(testEnv(overrides));
}

export function captureLogger(): { logger: ReturnType<typeof createLogger>; lines: () => string[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    logger: createLogger({ level: 'debug', destination }),
    lines: () => chunks.join('').split('\n').filter(Boolean),
  };
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });
