// Runs the verifier on every bucket request and records who is asking. Authorization (policy, ACL)
// happens in each handler, where the action and resource are known.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authenticate } from '../auth/authenticate';
import { headerMapOf } from '../auth/header-map';
import { keyOf } from './bucket-context';

export function authenticateRequest(rt: OssLocalRuntime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const faults = rt.faults.get();
    const key = keyOf(c);
    const { principal, scheme } = authenticate(
      {
        method: c.req.method,
        bucket: c.get('target').bucket,
        key: key === '' ? undefined : key,
        headers: headerMapOf(c.req.raw.headers),
        query: c.get('query'),
      },
      {
        stackKey: rt.options.stackKey,
        rootAccount: rt.options.rootAccount,
        nowMs: rt.options.now(),
        requestClockOffsetMs: faults.requestClockOffsetMs,
        region: rt.options.region,
        clientIp: c.env?.incoming?.socket.remoteAddress ?? '127.0.0.1',
        faults: {
          tokenMaxAgeSeconds: faults.tokenMaxAgeSeconds ?? undefined,
          expireTokensIssuedBefore: faults.expireTokensIssuedBefore ?? undefined,
          expireTokensIssuedBeforeMs: faults.expireTokensIssuedBeforeMs ?? undefined,
        },
      },
    );
    c.set('principal', principal);
    c.set('authScheme', scheme);
    await next();
  };
}
