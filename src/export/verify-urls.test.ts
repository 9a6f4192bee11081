import { describe, expect, it } from 'vitest';
import { verifyUrls } from './verify-urls';

describe('verifyUrls', () => {
  it('probes with Range: bytes=0-0 and reports refusals with the OSS error code', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('range') ?? '');
      if (url.includes('bad'))
        return new Response('<Error><Code>ApkDownloadForbidden</Code><Message>no</Message></Error>', {
          status: 400,
        });
      if (url.includes('down')) throw new TypeError('Failed to fetch');
      return new Response('x', { status: 206 });
    }) as typeof fetch;
    const result = await verifyUrls(
      [
        { key: 'a', url: 'https://h/a' },
        { key: 'b', url: 'https://h/bad' },
        { key: 'c', url: 'https://h/down' },
      ],
      { fetch: fakeFetch, concurrency: 2 },
    );
    expect(seen).toEqual(['bytes=0-0', 'bytes=0-0', 'bytes=0-0']);
    expect(result.checked).toBe(3);
    expect(result.failures.map((f) => [f.key, f.status, f.code]).sort()).toEqual([
      ['b', 400, 'ApkDownloadForbidden'],
      ['c', 0, 'NetworkError'],
    ]);
  });
});
