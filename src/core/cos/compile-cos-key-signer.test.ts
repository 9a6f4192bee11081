// The compiled fast path (bytes spliced around the key, one SHA-1 + one HMAC) against the readable one
// (authorizeCosRequest, every string built whole): same signature, same URL fields, for random keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorizeCosRequest } from './authorize-cos-request';
import { createCosPresigner } from './cos-presigner';
import { getCosTemplateFields } from './cos-template-fields';
import { compileCosPresign } from './presign-cos-url';
import { resolveCosObjectOrigin } from './resolve-cos-origin';

const presigner = await createCosPresigner();
const origin = resolveCosObjectOrigin(
  'examplebucket-1250000000',
  { region: 'ap-guangzhou' },
  { kind: 'default' },
  true,
);
const key = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- the characters COS refuses
  .filter((k) => !/^[/\\]/.test(k) && !/[\u0018-\u001b]/.test(k));

describe('compileCosKeySigner', () => {
  it('signs exactly what authorizeCosRequest signs (GET with overrides, PUT with upload headers)', async () => {
    const session = await presigner.session(
      { secretId: 'AKIDexample', secretKey: 'secret', securityToken: 'token_-1' },
      { now: Date.UTC(2025, 5, 1) },
    );
    const templates = [
      {
        origin,
        expiresInSeconds: 3600,
        params: { responseContentDisposition: 'attachment; filename="a b.txt"', trafficLimit: 819_200 },
      },
      {
        method: 'PUT' as const,
        origin,
        expiresInSeconds: 600,
        contentType: 'image/png',
        headers: { 'x-cos-storage-class': 'STANDARD_IA' },
      },
    ];
    for (const t of templates) {
      const sign = await compileCosPresign(session, t);
      const fields = getCosTemplateFields(t, false);
      await fc.assert(
        fc.asyncProperty(key, async (k) => {
          const text = sign(k).url;
          // the path as written (new URL() would resolve "." and ".." segments, which keys may hold)
          const path = text.slice(origin.origin.length, text.indexOf('?'));
          const url = new URL(text);
          const slow = await authorizeCosRequest(session, {
            method: t.method ?? 'GET',
            pathname: `/${k}`,
            params: fields.params,
            headers: fields.headers,
            keyTime: session.keyTime(t.expiresInSeconds).keyTime,
          });
          expect(decodeURIComponent(path)).toBe(`/${k}`);
          const q = url.searchParams;
          expect(q.get('q-signature')).toBe(slow.signature);
          expect(q.get('q-header-list')).toBe(slow.headerList);
          expect(q.get('q-url-param-list')).toBe(slow.urlParamList);
          expect(q.get('q-key-time')).toBe(slow.keyTime);
          expect(q.get('x-cos-security-token')).toBe('token_-1');
        }),
        { numRuns: 300 },
      );
    }
  });
});
