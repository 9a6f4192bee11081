// The entry's prefetch fills the very cache entries ConnectionProvider reads: same keys, same broker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsoleQueryClient } from '../query-client';
import { FACTORY_CONNECTION } from '../../state/settings-store';
import { brokerAccessFor, brokerQueries, prefetchConnection } from './broker-queries';
import { PHOTOS_CONFIG as config } from './connection.test-kit';

function serve(routes: Record<string, () => Response>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      const route = routes[url];
      return route ? route() : new Response('not here', { status: 404 });
    }),
  );
  return asked;
}

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('prefetchConnection', () => {
  it('fetches /console-config.json, then the broker it names, into the keys the provider reads', async () => {
    const asked = serve({
      '/console-config.json': json({ brokerUrl: 'http://broker.test' }),
      'http://broker.test/config': json(config),
    });
    const client = createConsoleQueryClient();
    const ready = await prefetchConnection(client);
    expect(ready).toEqual({
      access: brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 0),
      config,
      settings: FACTORY_CONNECTION,
    });
    expect(client.getQueryData(brokerQueries.bootstrap().queryKey)).toEqual({
      brokerUrl: 'http://broker.test',
    });
    const access = brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 0);
    expect(client.getQueryData(brokerQueries.config(access).queryKey)).toEqual(config);
    expect(asked).toEqual(['/console-config.json', 'http://broker.test/config']);
  });

  it('leaves a failing broker to the provider: nothing cached, nothing thrown', async () => {
    serve({
      '/console-config.json': json({ brokerUrl: 'http://broker.test' }),
      'http://broker.test/config': json({ error: 'down' }, 503),
    });
    const client = createConsoleQueryClient();
    await expect(prefetchConnection(client)).resolves.toBeUndefined();
    const access = brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 0);
    expect(client.getQueryData(brokerQueries.config(access).queryKey)).toBeUndefined();
  });

  it('asks no broker when none is named, nor when console-config.json names a broker that is not http(s)', async () => {
    const asked = serve({ '/console-config.json': json({}) });
    await prefetchConnection(createConsoleQueryClient());
    expect(asked).toEqual(['/console-config.json']);
    const bad = serve({ '/console-config.json': json({ brokerUrl: 'ftp://broker.test' }) });
    await prefetchConnection(createConsoleQueryClient());
    expect(bad.filter((url) => url !== '/console-config.json')).toEqual([]);
  });
});

describe('brokerAccessFor', () => {
  it('prefers the URL typed in Settings, and keys a bearer token by its generation only', () => {
    const typed = { brokerUrl: 'https://mine.example', brokerAuth: 'bearer' as const };
    expect(brokerAccessFor(typed, 'http://broker.test', 7)).toEqual({
      brokerUrl: 'https://mine.example',
      auth: 'bearer',
      tokenGeneration: 7,
    });
    expect(brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 7).tokenGeneration).toBe(0);
    expect(brokerAccessFor(FACTORY_CONNECTION, undefined, 0).brokerUrl).toBe('');
  });
});
