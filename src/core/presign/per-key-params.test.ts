// The per-key fast path (compile once, splice each key's disposition) must give exactly the URLs that
// compiling the whole template again for every key gives — which the oracle test proves equal to ali-oss.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRICKY_KEYS } from '../../../server/object-store/seed/seed-objects';
import { linkTemplateFor, perKeyParamsFor, type LinkOptions } from '../link/link-options';
import { compilePresign } from './presign-url';
import { createPresigner, type Presigner } from './presigner';

const endpoint = { region: 'cn-hangzhou' };
const base: LinkOptions = {
  validitySeconds: 3600,
  secure: true,
  domain: { kind: 'default' },
  disposition: 'attachment',
  version: 'v4',
};
const credentials = {
  accessKeyId: 'STS.not-a-real-key-id',
  accessKeySecret: 'not-a-real-secret',
  securityToken: 'token+/=with%odd&chars',
};

let presigner: Presigner;
beforeAll(async () => {
  presigner = await createPresigner();
});

async function bothWays(options: LinkOptions, keys: readonly string[]): Promise<void> {
  const session = await presigner.session(credentials, { now: 1_700_000_000_123, region: 'cn-hangzhou' });
  const perKey = perKeyParamsFor(options);
  expect(perKey).toBeDefined();
  const fast = compilePresign(session, linkTemplateFor('examplebucket', 'x', options, endpoint), perKey);
  const outcome = (run: () => unknown): unknown => {
    try {
      return run();
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  for (const key of keys) {
    // a key whose name cannot be a file name fails the same way both ways
    const slow = outcome(() =>
      compilePresign(session, linkTemplateFor('examplebucket', key, options, endpoint))(key),
    );
    expect(outcome(() => fast(key))).toEqual(slow);
  }
}

describe('per-key disposition fast path', () => {
  it('is byte-identical to compiling per key, V1 and V4, with other params, on the tricky keys', async () => {
    const keys = TRICKY_KEYS.filter((k) => !k.endsWith('/'));
    for (const version of ['v1', 'v4'] as const) {
      await bothWays({ ...base, version }, keys);
      await bothWays(
        {
          ...base,
          version,
          process: 'image/resize,w_800',
          responseContentType: 'text/plain; charset=utf-8',
          responseCacheControl: 'no-cache',
          versionId: 'v1+2',
        },
        keys,
      );
    }
  });

  it('holds for random keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.constantFrom('v1' as const, 'v4' as const),
        async (key, version) => {
          await bothWays({ ...base, version }, [key]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies only to attachments named after each key', () => {
    expect(perKeyParamsFor({ disposition: 'inline' })).toBeUndefined();
    expect(perKeyParamsFor({ disposition: 'attachment', filename: 'all.zip' })).toBeUndefined();
    expect(perKeyParamsFor({ disposition: 'attachment', filename: ' ' })).toBeDefined();
  });
});
