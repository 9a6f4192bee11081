// The fault-injection control endpoint both local servers serve, on their bare service host only and only
// when started with `control: true` (tests, `npm start -- --control`):
//   GET    <prefix>/faults                -> current FaultConfig
//   POST   <prefix>/faults                -> merge a JSON patch (see faults.ts), returns the config
//   DELETE <prefix>/faults                -> all faults off
//   POST   <prefix>/faults/expire-tokens  -> every token issued so far counts as expired
// Callers must be on loopback, send the server's control header (`x-oss-local-control: 1`,
// `x-cos-local-control: 1`) and no Origin. The header is one a web page cannot attach to a simple
// (preflight-free) request, and no preflight is answered here; the Origin check refuses whatever a
// browser sends anyway. So a page on another origin (or a DNS-rebound name) cannot switch faults on.
// Elsewhere (bucket hosts, control off) these paths are ordinary object keys: the route steps aside.
import { Hono, type Context, type Env, type Next } from 'hono';
import { z } from 'zod';
import { faultPatchSchema, type FaultControl } from './faults';

export interface FaultControlOptions<E extends Env> {
  faults: FaultControl;
  /** the request header that must be `1` */
  header: string;
  /** control is on and the request is for the service host (not a bucket's) */
  applies(c: Context<E>): boolean;
  /** the server's own error: thrown, so its error handler answers in its cloud's format */
  error(status: 400 | 403, code: 'AccessDenied' | 'InvalidArgument', message: string): Error;
}

/** `::ffff:127.0.0.1` and `::1` as 127.0.0.1; other addresses as they are. */
export function normaliseClientIp(address: string): string {
  if (address.startsWith('::ffff:')) return address.slice(7);
  return address === '::1' ? '127.0.0.1' : address;
}

/** True when the request came over loopback (or in-process, where there is no socket). */
export function fromLoopback(c: Context): boolean {
  const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket?.remoteAddress;
  return address === undefined || normaliseClientIp(address) === '127.0.0.1';
}

export function faultControlRoutes<E extends Env>(o: FaultControlOptions<E>): Hono<E> {
  const app = new Hono<E>();
  /** Why a control request is refused, or undefined when it may proceed. */
  const refusal = (c: Context<E>): string | undefined => {
    const origin = c.req.header('origin');
    if (origin !== undefined)
      return `The control endpoint does not serve web pages (the request came with Origin: ${origin.slice(0, 100)}).`;
    if (c.req.header(o.header) !== '1')
      return `The control endpoint needs the header ${o.header}: 1 (curl -H '${o.header}: 1' ...).`;
    return undefined;
  };
  const guarded =
    (handler: (c: Context<E>) => Response | Promise<Response>) =>
    async (c: Context<E>, next: Next): Promise<Response | void> => {
      if (!o.applies(c) || !fromLoopback(c)) return next();
      const why = refusal(c);
      if (why !== undefined) throw o.error(403, 'AccessDenied', why);
      return handler(c);
    };

  app.get(
    '/faults',
    guarded((c) => c.json(o.faults.get())),
  );
  app.delete(
    '/faults',
    guarded((c) => c.json(o.faults.reset())),
  );
  app.post(
    '/faults/expire-tokens',
    guarded((c) => c.json(o.faults.expireTokensNow())),
  );
  app.post(
    '/faults',
    guarded(async (c) => {
      const patch = faultPatchSchema.safeParse(await c.req.json().catch(() => undefined));
      if (!patch.success)
        throw o.error(400, 'InvalidArgument', `Invalid fault patch: ${z.prettifyError(patch.error)}`);
      return c.json(o.faults.set(patch.data));
    }),
  );
  return app;
}
