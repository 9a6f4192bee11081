// The bucket and key a request addresses. Requests to the bare endpoint (no bucket) only reach the
// control routes; everything else there is answered like OSS answers an unsupported service call.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { ossErrors } from '../errors';
import type { BucketConfig } from '../options';
import { objectKeyOf } from '../raw-request';
import type { BucketStore } from '../../object-store/bucket-store';

export interface BucketRef {
  config: BucketConfig;
  store: BucketStore;
}

export function requireBucket(rt: OssLocalRuntime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { bucket } = c.get('target');
    if (bucket === undefined) throw ossErrors.notImplemented('service-level operations such as ListBuckets');
    if (!rt.buckets.has(bucket)) throw ossErrors.noSuchBucket(bucket);
    rt.store.refresh();
    await next();
  };
}

export function bucketOf(c: Context<AppEnv>, rt: OssLocalRuntime): BucketRef {
  const name = c.get('target').bucket ?? '';
  const config = rt.buckets.get(name);
  const store = rt.store.bucket(name);
  if (config === undefined || store === undefined) throw ossErrors.noSuchBucket(name);
  return { config, store };
}

/**
 * The bucket of a request the principal must hold `action` for, on `key` (undefined: the bucket itself).
 * No ACL grants these (writes, multipart, deletes): only a signature with a policy that allows them.
 */
export function authorizedBucket(
  c: Context<AppEnv>,
  rt: OssLocalRuntime,
  action: string,
  key: string | undefined,
): BucketRef {
  const ref = bucketOf(c, rt);
  authorize(c.get('principal'), {
    actions: [action],
    bucket: ref.config.name,
    key,
    grantedByAcl: false,
    region: rt.options.region,
  });
  return ref;
}

/** The decoded object key; '' for bucket-level requests. */
export function keyOf(c: Context<AppEnv>): string {
  return objectKeyOf(c.get('rawPath'));
}
