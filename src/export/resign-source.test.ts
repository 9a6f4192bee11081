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
  it('stops on other errors', async () => {
    const oss = { head: () => Promise.reject(new Error('AccessDenied')) };
    await expect(resignPages(['a'], oss).next()).rejects.toThrow('AccessDenied');
  });
});
