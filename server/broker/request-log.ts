// One JSON line per request: who, what, how it ended, how long it took. No headers, no bodies.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { BrokerEnv } from './hono-env';

export function requestLog(logger: Logger, nowMs: () => number): MiddlewareHandler<BrokerEnv> {
  return async (c, next) => {
    const start = nowMs();
    const reqId = randomUUID();
    c.set('requestId', reqId);
    await next();
    c.res.headers.set('X-Request-Id', reqId);
    logger.info(
      {
        reqId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: nowMs() - start,
        operator: c.get('operator')?.identity,
        origin: c.req.header('origin'),
      },
      'request',
    );
  };
}
