import { describe, expect, it } from 'vitest';
import { buildCorsRule } from './cors-rule';
import { CoreInputError } from './core-input-error';
import { describeOssError, errorTextKey } from './describe-oss-error';
import { OssError } from './oss-error';
import { COS_ERROR_TEXT } from './cos-error-text';
import { CONSOLE_LOCALES, OSS_ERROR_TEXT } from './oss-error-text';
import { ossClientFailure } from './parse-oss-error';

const ossError = (code: string, message: string, status = 403): OssError =>
  new OssError({ code, message, status, requestId: 'REQ-42', hostId: 'h', ec: '0002-00000007' });

describe('the message table', () => {
  it('has a title and a fix in every locale for every row', () => {
    for (const [key, entry] of [...Object.entries(OSS_ERROR_TEXT), ...Object.entries(COS_ERROR_TEXT)]) {
      for (const locale of CONSOLE_LOCALES) {
        expect(entry.text[locale].title.length, `${key} ${locale}`).toBeGreaterThan(5);
        expect(entry.text[locale].fix.length, `${key} ${locale}`).toBeGreaterThan(5);
      }
    }
  });
  it('tells AccessDenied causes apart by OSS’s message', () => {
    expect(errorTextKey(ossError('AccessDenied', 'Request has expired.'))).toBe('AccessDenied.expired');
    expect(errorTextKey(ossError('AccessDenied', 'You are not authorized by the session policy'))).toBe(
      'AccessDenied.policy',
    );
    expect(
      errorTextKey(
        ossError('AccessDenied', 'You have no right to access this object because of bucket acl.'),
      ),
    ).toBe('AccessDenied.policy');
    expect(errorTextKey(ossError('AccessDenied', 'You are denied by bucket referer policy.'))).toBe(
      'AccessDenied.referer',
    );
    expect(errorTextKey(ossError('WeirdNewCode', 'x'))).toBe('Unknown');
  });
});

describe('describeOssError', () => {
  it('expired request → check the clock / make a new link, with the RequestId', () => {
    const d = describeOssError(ossError('AccessDenied', 'Request has expired.'), { locale: 'en-US' });
    expect(d.fix).toMatch(/clock/);
    expect(d.fix).toMatch(/new link/);
    expect(d.text).toContain('RequestId: REQ-42');
    expect(d.refreshCredentials).toBe(false);
  });
  it('policy denial names the broker’s session policy; zh-CN too', () => {
    const err = ossError(
      'AccessDenied',
      'You are not authorized by the session policy to do oss:ListObjects',
    );
    expect(describeOssError(err, { locale: 'en-US' }).fix).toMatch(/session policy/);
    const zh = describeOssError(err, { locale: 'zh-CN' });
    expect(zh.fix).toContain('会话策略');
    expect(zh.text).toContain('请求 ID（RequestId）: REQ-42');
  });
  it('SignatureDoesNotMatch → clock skew or a custom domain not mapped to this bucket', () => {
    const d = describeOssError(ossError('SignatureDoesNotMatch', 'The request signature…'), {
      locale: 'en-US',
    });
    expect(d.fix).toMatch(/clock/);
    expect(d.fix).toMatch(/custom domain/);
  });
  it('credential errors ask for a refresh', () => {
    for (const code of ['InvalidAccessKeyId', 'SecurityTokenExpired', 'InvalidSecurityToken']) {
      expect(describeOssError(ossError(code, 'x'), { locale: 'en-US' }).refreshCredentials).toBe(true);
    }
  });
  it('NoSuchBucket, NoSuchKey and ApkDownloadForbidden have their own fixes', () => {
    expect(describeOssError(ossError('NoSuchBucket', 'x', 404), { locale: 'en-US' }).fix).toMatch(/region/);
    expect(describeOssError(ossError('NoSuchKey', 'x', 404), { locale: 'en-US' }).fix).toMatch(/Reload/);
    expect(describeOssError(ossError('ApkDownloadForbidden', 'x', 400), { locale: 'en-US' }).fix).toMatch(
      /custom domain/,
    );
  });
  it('a network failure shows the exact CORS rule for this console’s origin', () => {
    const d = describeOssError(ossClientFailure('network', 'Failed to fetch'), {
      locale: 'en-US',
      consoleOrigin: 'http://127.0.0.1:5173',
    });
    expect(d.showCorsRule).toBe(true);
    expect(d.corsRule?.xml).toContain('<AllowedOrigin>http://127.0.0.1:5173</AllowedOrigin>');
    expect(d.text).not.toContain('RequestId');
    expect(d.ossMessage).toBeUndefined();
  });
});

describe('describeOssError on a COS bucket', () => {
  const cos = { provider: 'cos' } as const;
  it('every COS row says COS, never OSS, RAM or Alibaba, in both languages', () => {
    for (const [key, entry] of Object.entries(COS_ERROR_TEXT)) {
      for (const locale of CONSOLE_LOCALES) {
        const { title, fix } = entry.text[locale];
        expect(`${title} ${fix}`, `${key} ${locale}`).not.toMatch(/\bOSS\b|\bRAM\b|Alibaba|阿里云|oss:/);
      }
    }
  });
  it('a policy denial names CAM and the COS action to grant, in en-US and zh-CN', () => {
    const err = ossError('AccessDenied', 'Access Denied.');
    const en = describeOssError(err, { locale: 'en-US', ...cos });
    expect(en.key).toBe('AccessDenied.policy');
    expect(en.title).toMatch(/^COS refused/);
    expect(en.fix).toMatch(/CAM/);
    expect(en.fix).toContain('name/cos:GetObject');
    const zh = describeOssError(err, { locale: 'zh-CN', ...cos });
    expect(zh.fix).toContain('CAM');
    expect(zh.fix).toContain('name/cos:GetBucket');
    // the same error on an OSS bucket keeps OSS's words
    expect(describeOssError(err, { locale: 'en-US' }).fix).toMatch(/oss:ListObjects/);
  });
  it('COS’s own codes have their own rows; ExpiredToken and InvalidToken ask for a refresh', () => {
    const rows: Array<[string, number, RegExp]> = [
      ['ExpiredToken', 400, /Refresh/],
      ['InvalidToken', 400, /Tencent mode/],
      ['NoSuchUpload', 404, /again/],
      ['EntityTooLarge', 400, /5 GB/],
      ['InvalidObjectName', 400, /another name/],
      ['KeyTooLong', 400, /850 bytes/],
      ['DownloadForbidden', 403, /custom domain/],
      ['PathStyleDomainForbidden', 403, /virtual-hosted/],
      ['NoSuchDomainConfiguration', 404, /Custom Origin Domain/],
      ['InvalidURI', 400, /characters/],
      ['NoSuchBucket', 404, /-APPID/],
    ];
    for (const [code, status, fix] of rows) {
      const d = describeOssError(ossError(code, 'x', status), { locale: 'en-US', ...cos });
      expect(d.key, code).toBe(code);
      expect(d.fix, code).toMatch(fix);
    }
    for (const code of ['ExpiredToken', 'InvalidToken', 'InvalidAccessKeyId']) {
      expect(describeOssError(ossError(code, 'x', 400), { locale: 'en-US', ...cos }).refreshCredentials).toBe(
        true,
      );
    }
    // OSS-only codes are Unknown on COS (and COS-only ones on OSS), in COS's words
    expect(errorTextKey(ossError('ApkDownloadForbidden', 'x'), 'cos')).toBe('Unknown');
    expect(errorTextKey(ossError('DownloadForbidden', 'x'), 'oss')).toBe('Unknown');
    expect(describeOssError(ossError('WeirdNewCode', 'x'), { locale: 'zh-CN', ...cos }).fix).toContain(
      '腾讯云',
    );
    expect(errorTextKey(ossError('ClientOffline', 'offline', 0), 'cos')).toBe('ClientOffline');
  });
  it('a network failure shows the CORS rule in COS’s format and names the COS console', () => {
    const d = describeOssError(ossClientFailure('network', 'Failed to fetch'), {
      locale: 'en-US',
      consoleOrigin: 'http://127.0.0.1:5173',
      ...cos,
    });
    expect(d.title).toMatch(/COS/);
    expect(d.fix).toMatch(/Security Management/);
    expect(d.corsRule?.xml).toContain('<ExposeHeader>x-cos-request-id</ExposeHeader>');
    expect(JSON.parse(d.corsRule?.json ?? '{}')).toHaveProperty('CORSRules.0.AllowedOrigin', [
      'http://127.0.0.1:5173',
    ]);
    expect(d.corsRule?.consoleFields).toContain('Allow-Methods: GET, HEAD, PUT, POST');
  });
});

describe('buildCorsRule', () => {
  it('builds the XML, JSON and console fields with the console’s defaults', () => {
    const r = buildCorsRule({ origin: 'https://console.example.com/' });
    expect(r.rule).toEqual({
      allowedOrigins: ['https://console.example.com'],
      allowedMethods: ['GET', 'HEAD', 'PUT', 'POST'],
      allowedHeaders: ['*'],
      exposeHeaders: ['ETag', 'x-oss-request-id', 'Content-Length'],
      maxAgeSeconds: 600,
    });
    expect(r.xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>https://console.example.com</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <ExposeHeader>x-oss-request-id</ExposeHeader>
    <ExposeHeader>Content-Length</ExposeHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`);
    expect(JSON.parse(r.json)).toEqual({
      CORSRule: [
        {
          AllowedOrigin: ['https://console.example.com'],
          AllowedMethod: ['GET', 'HEAD', 'PUT', 'POST'],
          AllowedHeader: ['*'],
          ExposeHeader: ['ETag', 'x-oss-request-id', 'Content-Length'],
          MaxAgeSeconds: 600,
        },
      ],
    });
    expect(r.consoleFields).toContain('Allowed Methods: GET, HEAD, PUT, POST');
  });
  it('takes custom methods and headers, escapes XML, refuses what is not an origin', () => {
    const r = buildCorsRule({ origin: 'http://localhost:5173', methods: ['GET'], exposeHeaders: ['a<b'] });
    expect(r.xml).toContain('<ExposeHeader>a&lt;b</ExposeHeader>');
    expect(r.rule.allowedMethods).toEqual(['GET']);
    for (const bad of ['console.example.com', 'https://x.com/path', 'ftp://x.com', '']) {
      expect(() => buildCorsRule({ origin: bad })).toThrow(CoreInputError);
    }
  });
});
