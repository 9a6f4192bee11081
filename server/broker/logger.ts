// JSON-lines logs (pino). Secrets never reach them: the broker logs no credential values, and redaction
// censors the usual names anyway in case a future log line passes a whole object.
import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';

export const REDACT_PATHS = [
  'AccessKeySecret',
  'SecurityToken',
  'accessKeySecret',
  'securityToken',
  'token',
  'authorization',
  'cookie',
  'stackKey',
  '*.AccessKeySecret',
  '*.SecurityToken',
  '*.accessKeySecret',
  '*.securityToken',
  '*.token',
  '*.authorization',
  '*.cookie',
  '*.stackKey',
  '*.*.AccessKeySecret',
  '*.*.SecurityToken',
  '*.*.authorization',
  '*.*.cookie',
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'oss-link-broker',
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
