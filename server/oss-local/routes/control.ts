// oss-local's fault-injection control endpoint (`/__oss-local/faults`, header `x-oss-local-control: 1`):
// the shared one (server/object-store/fault-control.ts), on the bare endpoint host only and only when
// `control: true`. On bucket hosts these paths are ordinary object keys.
import type { Hono } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { OssError } from '../errors';
import { faultControlRoutes } from '../../object-store/fault-control';

const CONTROL_HEADER = 'x-oss-local-control';

export function controlRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  return faultControlRoutes<AppEnv>({
    faults: rt.faults,
    header: CONTROL_HEADER,
    applies: (c) => rt.options.control && c.get('target').kind === 'service',
    error: (status, code, message) => new OssError(status, code, message),
  });
}
