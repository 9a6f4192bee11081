// Bucket CORS as OSS applies it: preflights are answered from the bucket's rules without authentication;
// actual responses (errors included, so a browser can read the error code) get the matching headers.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { corsHeaders, CORS_MESSAGES, matchCorsRule, parseRequestHeaderList } from '../cors-rules';
import { ossErrors } from '../errors';
import { bucketOf } from './bucket-context';

export function cors(rt: OssLocalRuntime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { config } = bucketOf(c, rt);
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      if (config.cors.length === 0) throw ossErrors.corsForbidden(CORS_MESSAGES.disabled);
      if (origin === undefined) throw ossErrors.corsForbidden(CORS_MESSAGES.noOrigin);
      const method = c.req.header('access-control-request-method');
      if (method === undefined) throw ossErrors.corsForbidden(CORS_MESSAGES.noMethod);
      const requestHeaders = parseRequestHeaderList(c.req.header('access-control-request-headers'));
      const match = matchCorsRule(config.cors, { origin, method, requestHeaders });
      if (match === undefined) throw ossErrors.corsForbidden(CORS_MESSAGES.notAllowed);
      return c.body(null, 200, { ...corsHeaders(match, requestHeaders), Vary: 'Origin' });
    }
    await next();
    if (config.cors.length === 0) return;
    c.res.headers.append('Vary', 'Origin');
    if (origin === undefined) return;
    const match = matchCorsRule(config.cors, { origin, method: c.req.method, requestHeaders: [] });
    if (match === undefined) return;
    for (const [name, value] of Object.entries(corsHeaders(match))) c.res.headers.set(name, value);
  };
}
