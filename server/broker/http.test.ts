// The same refusals as app.test.ts, proven over a real socket: the app served by @hono/node-server on
// an ephemeral loopback port, called with fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrokerApp } from './app';
import type { Listening } from './listen';
import { PortInUseError, listen } from './listen';
import { CONSOLE_ORIGIN, TEST_TOKEN, bearer, captureLogger, testConfig } from './test-fixtures';

let broker: Listening;
let base = '';

beforeAll(async () => {
  const app = createBrokerApp({
    config: testConfig({ BROKER_RATE_LIMIT: '20' }),
    logger: captureLogger().logger,
  });
  broker = await listen(app.fetch, '127.0.0.1', 0);
  base = `http://127.0.0.1:${broker.port}`;
});

afterAll(async () => {
  await broker.close();
});

describe('broker over HTTP', () => {
  it('refuses a request without authentication (401, WWW-Authenticate: Bearer)', async () => {
    const res = await fetch(`${base}/sts`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('refuses a wrong token (401)', async () => {
    const res = await fetch(`${base}/sts`, { headers: bearer('wrong-token-0123456789abcdef') });
    expect(res.status).toBe(401);
  });

  it('refuses an out-of-scope bucket or prefix (403)', async () => {
    const bucket = await fetch(`${base}/sts?bucket=otherbucket`, { headers: bearer(TEST_TOKEN) });
    expect(bucket.status).toBe(403);
    const prefix = await fetch(`${base}/sts?bucket=scoped-bucket&prefix=other%2F`, {
      headers: bearer(TEST_TOKEN),
    });
    expect(prefix.status).toBe(403);
  });

  it('caps the duration and reports the granted value', async () => {
    const res = await fetch(`${base}/sts?duration=43200`, { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as {
      DurationSeconds: number;
      RequestedDurationSeconds: number;
      Expiration: string;
    };
    expect(body.DurationSeconds).toBe(3600);
    expect(body.RequestedDurationSeconds).toBe(43200);
    const lifetime = (Date.parse(body.Expiration) - Date.now()) / 1000;
    expect(lifetime).toBeGreaterThan(3590);
    expect(lifetime).toBeLessThanOrEqual(3600);
  });

  it('sends CORS headers to the console origin only', async () => {
    const allowed = await fetch(`${base}/config`, {
      headers: { ...bearer(TEST_TOKEN), Origin: CONSOLE_ORIGIN },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    const other = await fetch(`${base}/config`, {
      headers: { ...bearer(TEST_TOKEN), Origin: 'http://evil.localhost' },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/sts`, {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('rate-limits an operator with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await fetch(`${base}/config`, { headers: bearer(`${TEST_TOKEN}`) });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('reports a port already in use', async () => {
    const app = createBrokerApp({ config: testConfig(), logger: captureLogger().logger });
    await expect(listen(app.fetch, '127.0.0.1', broker.port)).rejects.toBeInstanceOf(PortInUseError);
  });
});
