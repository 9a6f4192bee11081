import { describe, expect, it } from 'vitest';
import { captureLogger } from './test-fixtures';

describe('createLogger', () => {
  it('writes JSON lines and censors secrets wherever they are nested', () => {
    const { logger, lines } = captureLogger();
    logger.info(
      {
        AccessKeySecret: 'secret-1',
        SecurityToken: 'token-1',
        credentials: { AccessKeySecret: 'secret-2', SecurityToken: 'token-2' },
        req: { headers: { authorization: 'Bearer bearer-1', cookie: 'sso=cookie-1' } },
        stackKey: 'stack-1',
      },
      'something happened',
    );
    const output = lines().join('\n');
    for (const secret of ['secret-1', 'secret-2', 'token-1', 'token-2', 'bearer-1', 'cookie-1', 'stack-1']) {
      expect(output).not.toContain(secret);
    }
    const line = JSON.parse(lines()[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'something happened', AccessKeySecret: '[redacted]' });
  });
});
