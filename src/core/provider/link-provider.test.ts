// Both clouds behind one seam: the same link options give each cloud's own URL, equal to what its core
// signs directly (the cores are proven against the official SDKs in src/oracle).
import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { createCosPresigner } from '../cos/cos-presigner';
import { presignCosUrl } from '../cos/presign-cos-url';
import { linkTemplateFor, type LinkOptions } from '../link/link-options';
import { createPresigner } from '../presign/presigner';
import { presignUrl } from '../presign/presign-url';
import { cosLinkProvider, cosLinkTemplateFor, cosUploadTemplateFor } from './cos-link-provider';
import { ossLinkProvider } from './oss-link-provider';

const options: LinkOptions = {
  validitySeconds: 3600,
  secure: true,
  domain: { kind: 'default' },
  disposition: 'attachment',
  version: 'v4',
};
const credentials = { id: 'AKIDEXAMPLE', secret: 'not-a-real-secret', token: 'token-xyz' };
const now = Date.UTC(2026, 0, 2, 3, 4, 5);
const keys = ['a b/报告 1.pdf', 'x+y=z.txt', '😀/%.bin'];

describe('link providers', () => {
  it('OSS: the same URL as the OSS core signs for each key (its own attachment name)', async () => {
    const presigner = await createPresigner();
    const endpoint = { region: 'cn-hangzhou' };
    const sign = await ossLinkProvider(presigner).compileLinks(credentials, {
      bucket: 'examplebucket',
      endpoint,
      options,
      now,
    });
    const session = await presigner.session(
      { accessKeyId: credentials.id, accessKeySecret: credentials.secret, securityToken: credentials.token },
      { now, region: 'cn-hangzhou' },
    );
    for (const key of keys)
      expect(sign(key).url).toBe(
        presignUrl(session, { ...linkTemplateFor('examplebucket', key, options, endpoint), key }).url,
      );
  });

  it('COS: the same URL as the COS core signs for each key, on the COS host', async () => {
    const presigner = await createCosPresigner();
    const endpoint = { region: 'ap-guangzhou' };
    const sign = await cosLinkProvider(presigner).compileLinks(credentials, {
      bucket: 'examplebucket-1250000000',
      endpoint,
      options,
      now,
    });
    const session = await presigner.session(
      { secretId: credentials.id, secretKey: credentials.secret, securityToken: credentials.token },
      { now },
    );
    for (const key of keys) {
      const url = sign(key).url;
      expect(url.startsWith('https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/')).toBe(true);
      expect(url).toBe(
        (
          await presignCosUrl(session, {
            ...cosLinkTemplateFor('examplebucket-1250000000', key, options, endpoint),
            key,
          })
        ).url,
      );
    }
  });

  it('COS refuses what only OSS can do, naming it', () => {
    expect(() =>
      cosLinkTemplateFor(
        'examplebucket-1250000000',
        'k',
        { ...options, sourceIp: '10.0.0.1' },
        {
          region: 'ap-guangzhou',
        },
      ),
    ).toThrow(/x-oss-ac-source-ip.*OSS option/);
  });
  it('COS image processing is COS’s syntax (imageMogr2/…), signed as a parameter with no value', () => {
    const endpoint = { region: 'ap-guangzhou' };
    // OSS's syntax on a COS bucket: refused with the fix, not sent to fail at COS
    expect(() =>
      cosLinkTemplateFor(
        'examplebucket-1250000000',
        'k',
        { ...options, process: 'image/resize,w_800' },
        endpoint,
      ),
    ).toThrow(
      expect.objectContaining({ problem: { code: 'COS_PROCESS_INVALID', value: 'image/resize,w_800' } }),
    );
    for (const bad of ['imageMogr2/thumbnail/800x&x=1', 'imageMogr2/a b', 'resize', 'imageMogr2|']) {
      expect(() =>
        cosLinkTemplateFor('examplebucket-1250000000', 'k', { ...options, process: bad }, endpoint),
      ).toThrow(CoreInputError);
    }
    const t = cosLinkTemplateFor(
      'examplebucket-1250000000',
      'k',
      { ...options, process: 'imageMogr2/thumbnail/800x|imageMogr2/format/webp' },
      endpoint,
    );
    expect(t.params?.process).toBe('imageMogr2/thumbnail/800x|imageMogr2/format/webp');
  });
});

describe('COS upload links', () => {
  const upload = {
    validitySeconds: 900,
    secure: true,
    host: 'default' as const,
    version: 'v4' as const,
    contentType: 'text/plain; charset=utf-8',
    contentMd5: '9e107d9d372bb6826bd81d3542a419d6',
  };
  it('bind the Content-Type and the Content-MD5 (hex given, base64 signed) on the default host', () => {
    const t = cosUploadTemplateFor('examplebucket-1250000000', 'in/a.txt', upload, {
      region: 'ap-guangzhou',
    });
    expect(t).toMatchObject({
      method: 'PUT',
      expiresInSeconds: 900,
      contentType: 'text/plain; charset=utf-8',
      contentMd5: 'nhB9nTcrtoJr2B01QqQZ1g==',
    });
    expect(t.origin.origin).toBe('https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com');
  });
  it('refuse what COS or the console cannot sign, naming the field', () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return 'ok';
    };
    const endpoint = { region: 'ap-guangzhou' };
    expect(problem(() => cosUploadTemplateFor('examplebucket-1250000000', '/a', upload, endpoint))).toBe(
      'KEY_LEADING_SLASH',
    );
    expect(
      problem(() =>
        cosUploadTemplateFor('examplebucket-1250000000', 'a', { ...upload, contentType: 'text' }, endpoint),
      ),
    ).toBe('CONTENT_TYPE_INVALID');
    expect(
      problem(() =>
        cosUploadTemplateFor(
          'examplebucket-1250000000',
          'a',
          { ...upload, validitySeconds: 40_000 },
          endpoint,
        ),
      ),
    ).toBe('VALIDITY_OUT_OF_RANGE');
    expect(problem(() => cosUploadTemplateFor('examplebucket', 'a', upload, endpoint))).toBe(
      'COS_BUCKET_NO_APPID',
    );
  });
});
