// DeleteObject (DELETE /<key>): 204 whether or not the object existed, as on OSS. Needs oss:DeleteObject.
// Objects of synthetic folders have no storage and stay; seeded objects return on the next start.
import type { Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorizedBucket } from './bucket-context';
import { checkObjectKey } from './put-object';

export async function deleteObject(c: Context<AppEnv>, rt: OssLocalRuntime, key: string): Promise<Response> {
  const { store } = authorizedBucket(c, rt, 'oss:DeleteObject', key);
  checkObjectKey(key);
  await store.delete(key);
  return c.body(null, 204);
}
