import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContentDisposition, defaultFilename } from '../disposition/content-disposition';
import { CoreInputError } from '../errors/core-input-error';
import { createCosPresigner } from './cos-presigner';
import type { CosPresignTemplate } from './cos-presign-types';
import { compileCosPresign, presignCosUrl } from './presign-cos-url';
import { resolveCosObjectOrigin } from './resolve-cos-origin';

const presigner = await createCosPresigner();
// eslint-disable-next-line no-control-regex -- control characters make no file name
const CONTROL = /[\u0000-\u001f\u007f]/;
const now = Date.UTC(2025, 5, 1, 12, 0, 0, 400);
const session = await presigner.session({ secretId: 'AKIDexample', secretKey: 'secret' }, { now });
const origin = resolveCosObjectOrigin(
  'examplebucket-1250000000',
  { region: 'ap-guangzhou' },
  { kind: 'default' },
  true,
);

describe('presignCosUrl', () => {
  it('writes the URL as the SDK does: path, q- fields, then the parameters', async () => {
    const { url, method, expiresAt } = await presignCosUrl(session, {
      origin,
      key: '报告/a b+c.pdf',
      expiresInSeconds: 600,
      params: { responseContentDisposition: 'attachment', responseCacheControl: 'no-cache' },
    });
    const start = Math.round(now / 1000) - 1;
    expect(url).toMatch(
      new RegExp(
        `^https://examplebucket-1250000000\\.cos\\.ap-guangzhou\\.myqcloud\\.com/%E6%8A%A5%E5%91%8A/a%20b%2Bc\\.pdf\\?q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time=${start};${start + 600}&q-key-time=${start};${start + 600}&q-header-list=host&q-url-param-list=response-cache-control%3bresponse-content-disposition&q-signature=[0-9a-f]{40}&response-cache-control=no-cache&response-content-disposition=attachment$`,
      ),
    );
    expect(method).toBe('GET');
    expect(expiresAt).toBe((start + 600) * 1000);
  });

  it('adds the temporary key’s token after the signature', async () => {
    const temp = await presigner.session(
      { secretId: 'AKIDtmp', secretKey: 'secret', securityToken: 'tok-en_1' },
      { now, startTime: 1_748_779_000 },
    );
    const { url } = await presignCosUrl(temp, { origin, key: 'a', expiresInSeconds: 60 });
    expect(url).toMatch(
      /&q-key-time=1748779000;1748779060&.*&q-signature=[0-9a-f]{40}&x-cos-security-token=tok-en_1$/,
    );
  });

  it('gives each key its own disposition, byte-identical to compiling per key', async () => {
    const template: CosPresignTemplate = {
      origin,
      expiresInSeconds: 3600,
      params: { responseContentType: 'application/pdf', responseContentDisposition: 'inline' },
    };
    const disposition = (k: string) => buildContentDisposition('attachment', defaultFilename(k));
    const perKey = await compileCosPresign(session, template, { responseContentDisposition: disposition });
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
          // keys whose last segment makes a download name (buildContentDisposition refuses the others)
          .filter((k) => /^[^/\\]/.test(k) && !CONTROL.test(k) && defaultFilename(k).trim() !== ''),
        async (k) => {
          const once = await compileCosPresign(session, {
            ...template,
            params: { ...template.params, responseContentDisposition: disposition(k) },
          });
          expect(perKey(k).url).toBe(once(k).url);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never mutates the template', async () => {
    const template: CosPresignTemplate = Object.freeze({
      method: 'PUT',
      origin: Object.freeze({ ...origin }),
      expiresInSeconds: 60,
      contentType: 'text/plain',
      params: Object.freeze({ trafficLimit: 819_200 }),
      headers: Object.freeze({ 'x-cos-storage-class': 'STANDARD' }),
    });
    const copy = structuredClone(template);
    await compileCosPresign(session, template);
    expect(template).toEqual(copy);
  });

  it('refuses keys COS cannot hold, per key, with a typed error', async () => {
    const sign = await compileCosPresign(session, { origin, expiresInSeconds: 60 });
    const code = (k: string) => {
      try {
        sign(k);
      } catch (e) {
        return e instanceof CoreInputError ? e.code : 'other';
      }
      return 'ok';
    };
    expect(code('')).toBe('KEY_EMPTY');
    expect(code('/a')).toBe('KEY_LEADING_SLASH');
    expect(code('a'.repeat(851))).toBe('KEY_TOO_LONG');
    expect(code('ok')).toBe('ok');
    await expect(compileCosPresign(session, { origin, expiresInSeconds: 0 })).rejects.toThrow(/positive/);
  });
});
