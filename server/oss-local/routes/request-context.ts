// First middleware of every request: request id, host -> bucket, the raw path and query. Also stamps
// the OSS response headers and writes one access-log line (never the query: it carries signatures/tokens).
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { H, SERVER_HEADER } from '../constants';
import { ossErrors } from '../errors';
import { hostnameOf, resolveHost } from '../hosts';
import { parseQuery, rawTargetOf } from '../raw-request';

/** 24 upper-case hex characters, the shape of OSS request ids. */
export function newRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase();
}

export function requestContext(rt: OssLocalRuntime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = newRequestId();
    c.set('requestId', requestId);
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    c.set('hostId', hostnameOf(host));
    const raw = rawTargetOf(c.req.url, c.env);
    c.set('rawPath', raw.path);
    c.set('query', parseQuery(raw.query));
    const target = resolveHost(host, rt.hosts);
    if (target === undefined) throw ossErrors.unknownHost(hostnameOf(host));
    c.set('target', target);
    try {
      await next();
    } finally {
      c.res.headers.set(H.requestId, requestId);
      c.res.headers.set('Server', SERVER_HEADER);
      rt.options.logger?.info(
        {
          requestId,
          method: c.req.method,
          host: target.hostname,
          path: raw.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'oss-local request',
      );
    }
  };
}
