// The fault-injection control endpoint, on the bare endpoint host only and only when `control: true`:
//   GET    /__oss-local/faults                -> current FaultConfig
//   POST   /__oss-local/faults                -> merge a JSON patch (see faults.ts), returns the config
//   DELETE /__oss-local/faults                -> all faults off
//   POST   /__oss-local/faults/expire-tokens  -> every token issued so far counts as expired
// Callers must be on loopback, send `x-oss-local-control: 1` and no Origin. The header is one a web page
// cannot attach to a simple (preflight-free) request, and oss-local answers no preflight here; the Origin
// check refuses whatever a browser sends anyway. So a page on another origin (or a DNS-rebound name)
// cannot switch faults on. On bucket hosts these paths are ordinary object keys.
import { Hono, type Context, type Next } from 'hono';
import { z } from 'zod';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { OssError } from '../errors';
import { faultPatchSchema } from '../../object-store/faults';
import { normaliseClientIp } from '../auth/source-ip';

function isControlRequest(c: Context<AppEnv>, rt: OssLocalRuntime): boolean {
  if (!rt.options.control || c.get('target').kind !== 'service') return false;
  const address = c.env?.incoming?.socket.remoteAddress;
  return address === undefined || normaliseClientIp(address) === '127.0.0.1';
}

export const CONTROL_HEADER = 'x-oss-local-control';

/** Why a loopback control request is refused, or undefined when it may proceed. */
function refusal(c: Context<AppEnv>): string | undefined {
  const origin = c.req.header('origin');
  if (origin !== undefined)
    return `The control endpoint does not serve web pages (the request came with Origin: ${origin.slice(0, 100)}).`;
  if (c.req.header(CONTROL_HEADER) !== '1')
    return `The control endpoint needs the header ${CONTROL_HEADER}: 1 (curl -H '${CONTROL_HEADER}: 1' ...).`;
  return undefined;
}

export function controlRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guarded =
    (handler: (c: Context<AppEnv>) => Response | Promise<Response>) =>
    async (c: Context<AppEnv>, next: Next): Promise<Response | void> => {
      if (!isControlRequest(c, rt)) return next();
      const why = refusal(c);
      if (why !== undefined) throw new OssError(403, 'AccessDenied', why);
      return handler(c);
    };

  app.get(
    '/faults',
    guarded((c) => c.json(rt.faults.get())),
  );
  app.delete(
    '/faults',
    guarded((c) => c.json(rt.faults.reset())),
  );
  app.post(
    '/faults/expire-tokens',
    guarded((c) => c.json(rt.faults.expireTokensNow())),
  );
  app.post(
    '/faults',
    guarded(async (c) => {
      const patch = faultPatchSchema.safeParse(await c.req.json().catch(() => undefined));
      if (!patch.success) {
        throw new OssError(400, 'InvalidArgument', `Invalid fault patch: ${z.prettifyError(patch.error)}`);
      }
      return c.json(rt.faults.set(patch.data));
    }),
  );
  return app;
}
