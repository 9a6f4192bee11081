import { describe, expect, it } from 'vitest';
import { guessContentType, getPreviewKind } from './content-kind';
import { dispositionFor, linkTemplateFor } from './link-options';
import type { LinkWarningInput } from './link-warnings';
import { getLinkWarnings } from './link-warnings';

const base: LinkWarningInput = {
  key: 'docs/a.pdf',
  contentType: 'application/pdf',
  hostKind: 'default',
  disposition: 'inline',
  version: 'v4',
  secure: true,
  validitySeconds: 3600,
  urlExpiresAt: 10_000,
  credentialsExpireAt: 20_000,
};
const codes = (i: Partial<LinkWarningInput>) => getLinkWarnings({ ...base, ...i }).map((w) => w.code);

describe('link warnings', () => {
  it('says nothing for a PDF shared inline over HTTPS within the credentials', () => {
    expect(codes({})).toEqual([]);
  });
  it('on a COS bucket: COS’s own-domain rule (every inline link, app packages), not OSS’s V4 limit', () => {
    // buckets from 2024 download everything on the default and acceleration domains, whatever the type
    expect(codes({ provider: 'cos', key: 'p/a.png', contentType: 'image/png' })).toEqual([
      'cos-forced-download',
    ]);
    expect(codes({ provider: 'cos', hostKind: 'accelerate' })).toEqual(['cos-forced-download']);
    expect(codes({ provider: 'cos', disposition: 'attachment' })).toEqual([]);
    expect(
      codes({
        provider: 'cos',
        hostKind: 'custom',
        customDomainMapped: true,
        key: 'p/a.png',
        contentType: 'image/png',
      }),
    ).toEqual([]);
    // … and refuse app packages there; the console cannot see the bucket's age: a warning, not an error
    expect(
      getLinkWarnings({ ...base, provider: 'cos', key: 'app/x.apk', disposition: 'attachment' }),
    ).toEqual([{ code: 'cos-app-package-forbidden', severity: 'warning' }]);
    expect(codes({ provider: 'cos', key: 'app/x.ipa', hostKind: 'custom' })).toEqual([]);
    expect(codes({ provider: 'cos', validitySeconds: 700_000, disposition: 'attachment' })).toEqual([]);
    expect(codes({ provider: 'cos', key: 'a+b.pdf', secure: false, disposition: 'attachment' })).toEqual([
      'plus-in-key',
      'plain-http',
    ]);
    expect(codes({ provider: 'oss', key: 'p/a.png', contentType: 'image/png' })).toEqual(['forced-download']);
    expect(codes({ provider: 'oss' })).toEqual([]);
  });
  it('warns that images and HTML download instead of showing on the OSS hosts, not on a custom domain', () => {
    expect(codes({ key: 'p/a.png', contentType: 'image/png' })).toEqual(['forced-download']);
    expect(codes({ key: 'site/index.html', contentType: 'text/html', hostKind: 'accelerate' })).toEqual([
      'forced-download',
    ]);
    expect(
      codes({ key: 'p/a.png', contentType: 'image/png', hostKind: 'custom', customDomainMapped: true }),
    ).toEqual([]);
    expect(codes({ key: 'p/a.png', contentType: 'image/png', disposition: 'attachment' })).toEqual([]);
  });
  it('refuses .apk/.ipa on the OSS hosts', () => {
    expect(getLinkWarnings({ ...base, key: 'apps/app.apk' })[0]).toMatchObject({
      code: 'app-package-forbidden',
      severity: 'error',
    });
    expect(codes({ key: 'apps/app.ipa', hostKind: 'custom' })).toEqual([]);
  });
  it('tells when the credentials end before the link, and when', () => {
    const link = { ...base, urlExpiresAt: 3_600_000 };
    expect(getLinkWarnings({ ...link, credentialsExpireAt: 900_000 })).toEqual([
      {
        code: 'credentials-shorter',
        severity: 'warning',
        shortfallMs: 2_700_000,
        effectiveExpiresAt: 900_000,
      },
    ]);
  });
  it('says nothing when the credentials end within the clock-skew margin of the link', () => {
    // a broker capped at exactly the link's validity: the effective expiry shows the second it loses
    expect(codes({ urlExpiresAt: 3_600_000, credentialsExpireAt: 3_599_000 })).toEqual([]);
    expect(codes({ urlExpiresAt: 3_600_000, credentialsExpireAt: 3_540_000 })).toEqual([]);
    expect(codes({ urlExpiresAt: 3_600_000, credentialsExpireAt: 3_539_999 })).toEqual([
      'credentials-shorter',
    ]);
  });
  it('flags unmapped custom domains, + in keys, plain HTTP and the V4 limit', () => {
    expect(codes({ hostKind: 'custom', customDomainMapped: false })).toEqual(['custom-domain-unmapped']);
    expect(codes({ key: 'a+b.pdf' })).toEqual(['plus-in-key']);
    expect(codes({ secure: false })).toEqual(['plain-http']);
    expect(codes({ validitySeconds: 700_000 })).toEqual(['v4-limit']);
  });
});

describe('link options', () => {
  it('names attachments after the key unless a name is typed', () => {
    expect(dispositionFor('a/报告.pdf', { disposition: 'attachment' })).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`,
    );
    expect(dispositionFor('a/b.pdf', { disposition: 'attachment', filename: ' c.pdf ' })).toBe(
      'attachment; filename="c.pdf"',
    );
    expect(dispositionFor('a/b.pdf', { disposition: 'inline' })).toBe('inline');
  });
  it('checks the validity and builds a GET template for the chosen host', () => {
    const t = linkTemplateFor(
      'examplebucket',
      'a.txt',
      {
        validitySeconds: 60,
        secure: false,
        domain: { kind: 'accelerate' },
        disposition: 'inline',
        version: 'v1',
        process: ' ',
      },
      { region: 'cn-hangzhou' },
    );
    expect(t.origin.origin).toBe('http://examplebucket.oss-accelerate.aliyuncs.com');
    expect(t.params?.process).toBeUndefined();
    expect(() =>
      linkTemplateFor(
        'examplebucket',
        'a.txt',
        {
          validitySeconds: 59,
          secure: true,
          domain: { kind: 'default' },
          disposition: 'inline',
          version: 'v4',
        },
        { region: 'cn-hangzhou' },
      ),
    ).toThrow(/60/);
  });
  it('guesses types and preview kinds', () => {
    expect(guessContentType('a/B.JPG')).toBe('image/jpeg');
    expect(guessContentType('x.bin', 'application/octet-stream')).toBe('application/octet-stream');
    expect(guessContentType('x.txt', 'text/plain; charset=utf-8')).toBe('text/plain; charset=utf-8');
    expect(getPreviewKind('application/pdf')).toBe('pdf');
    expect(getPreviewKind('text/plain; charset=utf-8')).toBe('text');
    expect(getPreviewKind('application/zip')).toBe('none');
  });
});
