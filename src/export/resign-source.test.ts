import { describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import { resignPages } from './resign-source';

const missing = () =>
  new OssError({ code: 'NoSuchKey', message: 'gone', status: 404, requestId: undefined, hostId: undefined });

describe('resignPages', () => {
  it('heads every key with bounded concurrency, keeps the order and reports missing keys', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `k${i}`);
    let active = 0;
    let peak = 0;
    const gone: string[] = [];
    const oss = {
      async head(key: string) {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        active -= 1;
        if (key.endsWith('3')) throw missing();
        return {
          key,
          size: 5,
          lastModified: 0,
          etag: 'E',
          contentType: 'text/plain',
          storageClass: undefined,
          type: undefined,
          requestId: undefined,
          meta: {},
        };
      },
    };
    const got: string[] = [];
    for await (const page of resignPages(keys, oss, {
      concurrency: 3,
      pageSize: 10,
      onMissing: (k) => gone.push(k),
    }))
      got.push(...page.map((e) => e.key));
    expect(peak).toBeLessThanOrEqual(3);
    expect(gone.sort()).toEqual(['k13', 'k23', 'k3']);
    expect(got).toEqual(keys.filter((k) => !k.endsWith('3')));
  });
  it('reports a key the session policy refuses and goes on with the rest (one bad key never aborts the list)', async () => {
    const refused: string[] = [];
    const oss = {
      async head(key: string) {
        if (key.startsWith('secret/'))
          throw new OssError({
            code: 'AccessDenied',
            message: 'You are not authorized to do this action. You should be authorized by RAM.',
            status: 403,
            requestId: undefined,
            hostId: undefined,
          });
        return {
          key,
          size: 1,
          lastModified: 0,
          etag: 'E',
          contentType: 'text/plain',
          storageClass: undefined,
          type: undefined,
          requestId: undefined,
          meta: {},
        };
      },
    };
    const got: string[] = [];
    for await (const page of resignPages(['a', 'secret/x', 'b'], oss, {
      onRefused: (k) => refused.push(k),
    }))
      got.push(...page.map((e) => e.key));
    expect(got).toEqual(['a', 'b']);
    expect(refused).toEqual(['secret/x']);
    // an expired token refuses every key alike: that still stops the run
    const expired = {
      head: () =>
        Promise.reject(
          new OssError({
            code: 'AccessDenied',
            message: 'Request has expired.',
            status: 403,
            requestId: undefined,
            hostId: undefined,
          }),
        ),
    };
    await expect(resignPages(['a'], expired, { onRefused: () => undefined }).next()).rejects.toThrow(
      'expired',
    );
  });
  it('stops on other errors', async () => {
    const oss = { head: () => Promise.reject(new Error('AccessDenied')) };
    await expect(resignPages(['a'], oss).next()).rejects.toThrow('AccessDenied');
  });
});
