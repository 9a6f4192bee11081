// The fault-injection control endpoint, on the bare endpoint host only and only when `control: true`:
//   GET    /__oss-local/faults                -> current FaultConfig
//   POST   /__oss-local/faults                -> merge a JSON patch (see faults.ts), returns the config
//   DELETE /__oss-local/faults                -> all faults off
//   POST   /__oss-local/faults/expire-tokens  -> every token issued so far counts as expired
// Callers must be on loopback. On bucket hosts these paths are ordinary object keys.
import { Hono, type Context, type Next } from 'hono';
import { z } from 'zod';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { OssError } from '../errors';
import { faultPatchSchema } from '../faults';
import { normaliseClientIp } from '../auth/source-ip';

function isControlRequest(c: Context<AppEnv>, rt: OssLocalRuntime): boolean {
  if (!rt.options.control || c.get('target').kind !== 'service') return false;
  const address = c.env?.incoming?.socket.remoteAddress;
  return address === undefined || normaliseClientIp(address) === '127.0.0.1';
}

export function controlRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guarded =
    (handler: (c: Context<AppEnv>) => Response | Promise<Response>) =>
    async (c: Context<AppEnv>, next: Next): Promise<Response | void> =>
      isControlRequest(c, rt) ? handler(c) : next();

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
