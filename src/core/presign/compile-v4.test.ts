// The V4 fast path (canonical request built once with a key placeholder, spliced per key as bytes) must
// give exactly what the spec functions give when applied straightforwardly to each URL's own inputs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryEntry } from './canonical-v1';
import { getCanonicalRequestV4, getQueryAuthEntriesV4, normalizeAdditionalHeaders } from './canonical-v4';
import { V4_QUERY_SIGNATURE } from './constants';
import { encodeKeyForPath, encodeQueryEntries } from './encode-uri';
import type { PresignTemplate } from './presign-types';
import { compilePresign } from './presign-url';
import { createPresigner, type Presigner } from './presigner';
import { getSignedParamEntries } from './signed-params';
import type { SigningSession } from './signing-session';

/** A V4 presigned URL made the slow, obvious way from the spec functions (no splicing, no bytes). */
function presignV4BySpec(session: SigningSession, t: PresignTemplate, key: string): string {
  const method = t.method ?? 'GET';
  const headers: Record<string, string> = { ...t.headers };
  if (t.contentType !== undefined) headers['content-type'] = t.contentType;
  if (t.contentMd5 !== undefined) headers['content-md5'] = t.contentMd5;
  const additionalHeaders = normalizeAdditionalHeaders(t.additionalHeaders, headers);
  const query: QueryEntry[] = [
    ...getSignedParamEntries(t.params),
    ...(t.query ?? []),
    ...getQueryAuthEntriesV4({
      credential: session.v4Credential,
      dateTime: session.v4DateTime,
      expiresSeconds: t.expiresInSeconds,
      securityToken: session.credentials.securityToken,
      additionalHeaders,
    }),
  ];
  const canonical = getCanonicalRequestV4({
    method,
    bucket: t.bucket,
    key,
    query,
    headers,
    additionalHeaders,
  });
  const signature = session.signCanonicalRequestV4(canonical);
  return `${t.origin.origin}/${encodeKeyForPath(key)}?${encodeQueryEntries(query)}&${V4_QUERY_SIGNATURE}=${signature}`;
}

const keyChars = fc.oneof(
  fc.constantFrom(..." +%#?~!'()*&=;:@$,/\\".split('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const key = fc
  .array(keyChars, { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))
  .filter((k) => !k.startsWith('/') && !k.startsWith('\\') && new TextEncoder().encode(k).length <= 1023);
const text = fc.string({ unit: 'grapheme', maxLength: 24 });

const template = fc.record({
  method: fc.constantFrom('GET' as const, 'HEAD' as const, 'PUT' as const),
  bucket: fc.constantFrom('examplebucket', 'a-b-3', 'bucket-with-long-name-0123456789'),
  expiresInSeconds: fc.integer({ min: 1, max: 604_800 }),
  params: fc.record(
    {
      versionId: text,
      process: text,
      responseContentType: text,
      responseContentDisposition: text,
      responseCacheControl: text,
    },
    { requiredKeys: [] },
  ),
  query: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.option(text, { nil: null })), {
    maxLength: 3,
  }),
  contentType: fc.option(text, { nil: undefined }),
  contentMd5: fc.option(fc.base64String({ minLength: 24, maxLength: 24 }), { nil: undefined }),
  headers: fc.dictionary(
    fc.constantFrom('x-oss-meta-a', 'X-Oss-Storage-Class', 'cache-control', 'x-oss-content-sha256', 'range'),
    fc.string({ maxLength: 12 }),
    { maxKeys: 3 },
  ),
  additionalHeaders: fc.subarray(['cache-control', 'range', 'Cache-Control', 'host']),
  origin: fc.constantFrom(
    'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    'http://files.example.com:8080',
    'https://examplebucket.oss-accelerate.aliyuncs.com',
  ),
});

let presigner: Presigner;
beforeAll(async () => {
  presigner = await createPresigner();
});

describe('V4 fast path = spec builder', () => {
  it('gives the same URL as getCanonicalRequestV4 applied to each key, for random templates and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        template,
        fc.array(key, { minLength: 1, maxLength: 4 }),
        fc.option(fc.string({ minLength: 8, maxLength: 600 }), { nil: undefined }),
        fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }),
        async (t, keys, securityToken, now) => {
          const session = await presigner.session(
            { accessKeyId: 'STS.test-id', accessKeySecret: 'test-secret', securityToken },
            { now, region: 'cn-hangzhou' },
          );
          const { origin, ...rest } = t;
          const full: PresignTemplate = {
            ...rest,
            version: 'v4',
            origin: { origin, hostKind: 'default' } as PresignTemplate['origin'],
          };
          const sign = compilePresign(session, full);
          for (const k of keys) expect(sign(k).url).toBe(presignV4BySpec(session, full, k));
        },
      ),
      { numRuns: 500 },
    );
  });
});
