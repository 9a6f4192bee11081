// Object-level requests (`/<key>` on a bucket host).
import { Hono } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { ossErrors } from '../errors';
import { keyOf } from './bucket-context';
import { getObject } from './get-object';
import { putObject } from './put-object';

export function objectRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.on(['GET', 'HEAD'], '/*', (c) => getObject(c, rt, keyOf(c)));
  app.put('/*', (c) => putObject(c, rt, keyOf(c)));
  app.all('/*', (c) => {
    throw ossErrors.methodNotAllowed(c.req.method);
  });
  return app;
}
