// public/boot.js's early /console-config.json request is used once, by the first read; a failed one is
// asked again with an ordinary fetch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsoleQueryClient } from '../query-client';
import { brokerQueries } from './broker-queries';
import { bootstrapFetch } from './early-bootstrap';

afterEach(() => {
  vi.unstubAllGlobals();
  globalThis.__consoleBootstrap = undefined;
});

const json = (body: unknown) => Response.json(body);

describe('the early /console-config.json request', () => {
  it('answers the bootstrap query without a second request, once', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string | URL | Request) => {
        asked.push(String(input));
        return json({ brokerUrl: 'http://later.test' });
      }),
    );
    globalThis.__consoleBootstrap = Promise.resolve(json({ brokerUrl: 'http://early.test' }));
    const client = createConsoleQueryClient();
    await expect(client.fetchQuery(brokerQueries.bootstrap())).resolves.toEqual({
      brokerUrl: 'http://early.test',
    });
    expect(asked).toEqual([]);
    // taken: a later read (a refetch) asks the server again
    expect(bootstrapFetch()).toBeUndefined();
    await expect(client.fetchQuery({ ...brokerQueries.bootstrap(), staleTime: 0 })).resolves.toEqual({
      brokerUrl: 'http://later.test',
    });
    expect(asked).toEqual(['/console-config.json']);
  });

  it('asks again when the early request failed (network), and reads that answer as always', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string | URL | Request) => {
        asked.push(String(input));
        return new Response('{"brokerUrl": 5}', { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    failed.catch(() => undefined);
    globalThis.__consoleBootstrap = failed;
    await expect(
      createConsoleQueryClient().fetchQuery({ ...brokerQueries.bootstrap(), retry: false }),
    ).rejects.toThrow(/brokerUrl/);
    expect(asked).toEqual(['/console-config.json']);
  });
});
