// Builds the oss-local Hono app without listening (server.ts listens), so tests can call app.request()
// in-process. Middleware order is OSS's order of checks: host -> bucket -> CORS preflight ->
// authentication -> the operation (which authorizes against policy and ACL).
import { Hono } from 'hono';
import type { AppEnv, OssLocalRuntime } from './app-env';
import { CONTROL_PREFIX } from './constants';
import { renderOssError, toOssError } from './error-response';
import { ossErrors } from './errors';
import { createFaults, type FaultControl } from '../object-store/faults';
import { resolveOptions, type OssLocalOptions, type ResolvedOptions } from './options';
import { authenticateRequest } from './routes/authenticate-request';
import { requireBucket } from './routes/bucket-context';
import { bucketRoutes } from './routes/bucket-routes';
import { controlRoutes } from './routes/control';
import { cors } from './routes/cors';
import { objectRoutes } from './routes/object-routes';
import { newRequestId, requestContext } from './routes/request-context';
import { buildSeedObjects } from '../object-store/seed/seed-objects';
import { ObjectStore } from '../object-store/object-store';

export interface OssLocalApp {
  app: Hono<AppEnv>;
  faults: FaultControl;
  options: ResolvedOptions;
  store: ObjectStore;
}

function hasRequestBody(req: Request): boolean {
  const length = req.headers.get('content-length');
  return (length !== null && length !== '0') || req.headers.has('transfer-encoding');
}

export function createOssLocalApp(input: OssLocalOptions): OssLocalApp {
  const options = resolveOptions(input);
  const store = new ObjectStore({
    buckets: options.buckets.map((b) => b.name),
    dataDir: options.dataDir ?? undefined,
    seed: options.seed ? buildSeedObjects() : [],
    synthetic: options.synthetic,
    onManifestError: (err) => options.logger?.warn({ err }, 'oss-local: ignoring unreadable manifest'),
  });
  const rt: OssLocalRuntime = {
    options,
    store,
    faults: createFaults(options.faults, options.now),
    hosts: {
      endpoint: options.endpoint,
      accelerateEndpoint: options.accelerateEndpoint,
      cnames: new Map(Object.entries(options.cnames)),
    },
    buckets: new Map(options.buckets.map((b) => [b.name, b])),
  };

  const app = new Hono<AppEnv>();
  app.onError((err, c) => {
    const ossError = toOssError(err);
    if (ossError.status >= 500 && ossError.code === 'InternalError')
      options.logger?.error({ err }, 'oss-local internal error');
    const res = renderOssError(ossError, {
      requestId: c.get('requestId') ?? newRequestId(),
      hostId: c.get('hostId') ?? '',
      method: c.req.method,
    });
    // a refused upload's body may still be on the wire: close the connection rather than let the client
    // send its next request on a socket the server is about to drop (a keep-alive ECONNRESET)
    if (hasRequestBody(c.req.raw)) res.headers.set('Connection', 'close');
    return res;
  });
  app.notFound((c) => {
    throw ossErrors.methodNotAllowed(c.req.method);
  });

  app.use('*', requestContext(rt));
  app.route(CONTROL_PREFIX, controlRoutes(rt));
  app.use('*', requireBucket(rt));
  app.use('*', cors(rt));
  app.use('*', authenticateRequest(rt));
  app.route('/', bucketRoutes(rt));
  app.route('/', objectRoutes(rt));
  return { app, faults: rt.faults, options, store };
}
