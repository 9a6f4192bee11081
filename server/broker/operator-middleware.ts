// Authentication, then the per-client rate limit. Failed attempts are limited per IP too, so guessing
// tokens is as slow as using them.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { BrokerConfig } from './broker-config';
import { clientIp } from './client-ip';
import { BrokerError } from './errors';
import type { BrokerEnv } from './hono-env';
import { authenticate } from './operator-auth';
import type { RateLimiter } from './rate-limit';

const REALM = 'Bearer realm="oss-link-broker"';

export function operatorMiddleware(
  config: BrokerConfig,
  limiter: RateLimiter,
  logger: Logger,
): MiddlewareHandler<BrokerEnv> {
  return async (c, next) => {
    const ip = clientIp(c, config.trustProxy);
    const result = authenticate(config.auth, (name) => c.req.header(name));
    if (!result.ok) {
      enforce(limiter, `ip:${ip}`);
      logger.warn({ reqId: c.get('requestId'), ip, reason: result.reason }, 'operator authentication failed');
      throw new BrokerError(
        401,
        'Unauthorized',
        result.reason === 'missing'
          ? 'The broker needs operator authentication: send Authorization: Bearer <token>, or sign in through the SSO proxy.'
          : 'The broker did not accept these credentials: check the bearer token in the console settings.',
        {
          headers: {
            'WWW-Authenticate': result.reason === 'missing' ? REALM : `${REALM}, error="invalid_token"`,
          },
        },
      );
    }
    const { operator } = result;
    enforce(limiter, operator.via === 'anonymous' ? `ip:${ip}` : `op:${operator.identity}`);
    c.set('operator', operator);
    await next();
  };
}

function enforce(limiter: RateLimiter, key: string): void {
  const taken = limiter.take(key);
  if (!taken.ok) {
    throw new BrokerError(
      429,
      'TooManyRequests',
      `Too many requests to the broker; retry after ${taken.retryAfterSeconds} s.`,
      { headers: { 'Retry-After': String(taken.retryAfterSeconds) } },
    );
  }
}
