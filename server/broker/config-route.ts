// GET /config → the console's preconfiguration (schema in config-schema.ts).
import { Hono } from 'hono';
import type { BrokerConfig } from './broker-config';
import { buildConsoleConfig } from './config-schema';
import type { BrokerEnv } from './hono-env';

export function configRoute(config: BrokerConfig): Hono<BrokerEnv> {
  const body = buildConsoleConfig(config);
  return new Hono<BrokerEnv>().get('/', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
