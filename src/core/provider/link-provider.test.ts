// Both clouds behind one seam: the same link options give each cloud's own URL, equal to what its core
// signs directly (the cores are proven against the official SDKs in src/oracle).
import { describe, expect, it } from 'vitest';
import { createCosPresigner } from '../cos/cos-presigner';
import { presignCosUrl } from '../cos/presign-cos-url';
import { linkTemplateFor, type LinkOptions } from '../link/link-options';
import { createPresigner } from '../presign/presigner';
import { presignUrl } from '../presign/presign-url';
import { cosLinkProvider, cosLinkTemplateFor } from './cos-link-provider';
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
        { ...options, process: 'image/resize,w_800' },
        {
          region: 'ap-guangzhou',
        },
      ),
    ).toThrow(/x-oss-process.*OSS option/);
  });
});
