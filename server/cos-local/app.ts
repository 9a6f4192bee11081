// Builds the cos-local Hono app without listening (server.ts listens), so tests can call app.request().
// One handler, COS's order of checks: host → bucket → CORS preflight (unauthenticated) → operation
// (method + sub-resources; unknown → 501) → authentication (signature, time window, token) →
// authorization (ACL, the temporary key's scope) → the operation. Every answer gets the bucket's CORS
// headers; every error is COS's XML. Bad input is a 4xx, never a 500.
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { createFaults, type FaultControl } from '../object-store/faults';
import { faultControlRoutes } from '../object-store/fault-control';
import { ObjectStore } from '../object-store/object-store';
import { buildSeedObjects } from '../object-store/seed/seed-objects';
import { authenticate } from './auth/authenticate';
import { authorize } from './auth/authorize';
import { preflight, withCors } from './cors';
import { CosError, cosErrors, newRequestId, renderCosError } from './errors';
import { resolveCosHost } from './hosts';
import { operationOf, type CosOperation } from './operations';
import {
  COS_SEED_BUCKETS,
  resolveCosOptions,
  type CosCorsRule,
  type CosLocalOptions,
  type ResolvedCosOptions,
} from './options';
import {
  ConnectionReset,
  getBucket,
  getBucketDomain,
  headBucket,
  listMultipartUploads,
} from './routes/bucket';
import {
  abortMultipartUpload,
  completeMultipartUpload,
  initiateMultipartUpload,
  listParts,
  uploadPart,
} from './routes/multipart';
import { deleteObject, getObject, putObject } from './routes/object';
import type { CosCall, CosRuntime } from './runtime';

export interface CosLocalApp {
  app: Hono;
  faults: FaultControl;
  options: ResolvedCosOptions;
  store: ObjectStore;
}

const HANDLERS: Readonly<Record<CosOperation, (call: CosCall) => Response | Promise<Response>>> = {
  GetBucket: getBucket,
  HeadBucket: headBucket,
  GetBucketDomain: getBucketDomain,
  ListMultipartUploads: listMultipartUploads,
  GetObject: getObject,
  HeadObject: getObject,
  PutObject: putObject,
  DeleteObject: deleteObject,
  InitiateMultipartUpload: initiateMultipartUpload,
  UploadPart: uploadPart,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
  ListParts: listParts,
};

const METHODS = new Set(['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS']);

/** The request-target as sent (signatures cover the raw path), split into path and query. */
function rawTarget(c: Context): { path: string; query: string } {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const url = new URL(c.req.url);
  const target = typeof incoming?.url === 'string' ? incoming.url : url.pathname + url.search;
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  return { path: path === '' ? '/' : path, query: q === -1 ? '' : target.slice(q + 1) };
}

function decode(text: string, plusIsSpace: boolean): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, ' ') : text);
  } catch {
    throw cosErrors.invalidUri();
  }
}

function parseQuery(query: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push([
      decode(eq === -1 ? part : part.slice(0, eq), true),
      eq === -1 ? '' : decode(part.slice(eq + 1), true),
    ]);
  }
  return pairs;
}

function seedFor(): ReturnType<typeof buildSeedObjects> {
  // the OSS seed's buckets, renamed to their COS counterparts: same keys, same bytes
  const rename: Record<string, string> = {
    examplebucket: COS_SEED_BUCKETS.example,
    'public-bucket': COS_SEED_BUCKETS.public,
    'nocors-bucket': COS_SEED_BUCKETS.nocors,
  };
  return buildSeedObjects().map((s) => ({ ...s, bucket: rename[s.bucket] ?? s.bucket }));
}

const CONTROL_PREFIX = '/__cos-local';
const CONTROL_HEADER = 'x-cos-local-control';

export function createCosLocalApp(input: CosLocalOptions): CosLocalApp {
  const options = resolveCosOptions(input);
  const store = new ObjectStore({
    buckets: options.buckets.map((b) => b.name),
    dataDir: options.dataDir ?? undefined,
    seed: options.seed ? seedFor() : [],
    synthetic: options.synthetic,
    onManifestError: (err) => options.logger?.warn({ err }, 'cos-local: ignoring unreadable manifest'),
  });
  const faults = createFaults(options.faults, options.now);
  const rt: CosRuntime = {
    options,
    store,
    faults,
    buckets: new Map(options.buckets.map((b) => [b.name, b])),
  };
  const hosts = {
    endpoint: options.endpoint,
    accelerateEndpoint: options.accelerateEndpoint,
    customDomains: new Map(Object.entries(options.customDomains)),
  };

  const app = new Hono();
  // tests switch faults on over HTTP: `/__cos-local/faults` on the service host, loopback, control on
  app.route(
    CONTROL_PREFIX,
    faultControlRoutes({
      faults,
      header: CONTROL_HEADER,
      applies: (c) =>
        options.control &&
        resolveCosHost(c.req.header('host') ?? new URL(c.req.url).host, hosts)?.kind === 'service',
      error: (status, code, message) => new CosError(status, code, message),
    }),
  );
  app.onError((err, c) =>
    err instanceof CosError
      ? renderCosError(err, { requestId: newRequestId(), resource: CONTROL_PREFIX, method: c.req.method })
      : renderCosError(cosErrors.internal(), {
          requestId: newRequestId(),
          resource: '',
          method: c.req.method,
        }),
  );
  app.all('*', async (c) => {
    const requestId = newRequestId();
    const method = c.req.method;
    // in-process (app.request) there may be no Host header: the URL's host stands in for it
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    let resource = host;
    let corsRules: readonly CosCorsRule[] = [];
    try {
      const target = resolveCosHost(host, hosts);
      if (target === undefined) throw cosErrors.invalidUri();
      if (target.kind === 'service') throw cosErrors.notImplemented('The service endpoint (GET Service)');
      const bucket = rt.buckets.get(target.bucket ?? '');
      if (bucket === undefined) throw cosErrors.noSuchBucket();
      corsRules = bucket.cors;
      const raw = rawTarget(c);
      const key = decode(raw.path.slice(1), false);
      resource = `${target.hostname}/${key}`;
      if (!METHODS.has(method)) throw cosErrors.methodNotAllowed(method);
      if (method === 'OPTIONS') return preflight(bucket.cors, c.req.raw.headers);
      const query = parseQuery(raw.query);
      // an operation cos-local does not have (image processing, ?acl, copy…) is said after the
      // signature is checked, as COS checks it before it runs anything: a forged link is 403 either way
      let op: CosOperation | undefined;
      let unsupported: CosError | undefined;
      try {
        op = operationOf(
          method,
          key,
          query.map(([k]) => k),
          c.req.raw.headers,
        );
      } catch (err) {
        if (!(err instanceof CosError) || err.code !== 'NotImplemented') throw err;
        unsupported = err;
      }
      const principal = authenticate(
        { method, path: `/${key}`, query, headers: c.req.raw.headers },
        { stackKey: options.stackKey, rootAccount: options.rootAccount, nowMs: options.now(), faults },
      );
      if (op === undefined) throw unsupported ?? cosErrors.internal();
      authorize(principal, {
        op,
        bucket: bucket.name,
        region: options.region,
        key,
        listPrefix: query.find(([k]) => k.toLowerCase() === 'prefix')?.[1] ?? '',
        publicRead: bucket.acl === 'public-read',
      });
      store.refresh(); // folders `npm run seed` registered meanwhile (a stat per request)
      const bucketStore = store.bucket(bucket.name);
      if (bucketStore === undefined) throw cosErrors.noSuchBucket();
      const res = await HANDLERS[op]({
        c,
        rt,
        op,
        bucket,
        store: bucketStore,
        key,
        query,
        principal,
        target,
        requestId,
      });
      return withCors(bucket.cors, c.req.raw.headers, method, res);
    } catch (err) {
      if (err instanceof ConnectionReset)
        (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.resetAndDestroy();
      const cosError =
        err instanceof CosError
          ? err
          : err instanceof ConnectionReset
            ? cosErrors.serviceUnavailable()
            : cosErrors.internal();
      if (!(err instanceof CosError) && !(err instanceof ConnectionReset))
        options.logger?.error({ err }, 'cos-local internal error');
      const res = renderCosError(cosError, { requestId, resource, method });
      const length = c.req.header('content-length');
      if ((length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined)
        res.headers.set('Connection', 'close');
      return withCors(corsRules, c.req.raw.headers, method, res);
    }
  });
  return { app, faults, options, store };
}
