import { describe, expect, it } from 'vitest';
import { CREDENTIAL_ERROR_CODES, OssError, isTransientOssError } from './oss-error';
import { ossClientFailure, ossErrorFromResponse, parseOssErrorXml, readHeader } from './parse-oss-error';

const SIGNATURE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>SignatureDoesNotMatch</Code>
  <Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message>
  <RequestId>65A4F0C1E5B2D1A3B4C5D6E7</RequestId>
  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>
  <OSSAccessKeyId>STS.abc</OSSAccessKeyId>
  <SignatureProvided>xyz</SignatureProvided>
  <StringToSign>GET&#10;&#10;&#10;1700000000&#10;/examplebucket/a&amp;b.txt</StringToSign>
  <EC>0002-00000040</EC>
</Error>`;

describe('parseOssErrorXml', () => {
  it('reads every field once, keeps EC a string and the StringToSign exact, other elements as details', () => {
    const f = parseOssErrorXml(SIGNATURE_XML);
    expect(f).toMatchObject({
      code: 'SignatureDoesNotMatch',
      requestId: '65A4F0C1E5B2D1A3B4C5D6E7',
      hostId: 'examplebucket.oss-cn-hangzhou.aliyuncs.com',
      ec: '0002-00000040',
      stringToSign: 'GET\n\n\n1700000000\n/examplebucket/a&b.txt',
      details: { OSSAccessKeyId: 'STS.abc', SignatureProvided: 'xyz' },
    });
  });
  it('returns undefined for text that is not an OSS error document', () => {
    expect(parseOssErrorXml('')).toBeUndefined();
    expect(parseOssErrorXml('<html>502 Bad Gateway</html>')).toBeUndefined();
    expect(parseOssErrorXml('{"code":"x"}')).toBeUndefined();
  });
});

describe('ossErrorFromResponse', () => {
  it('parses a body given as bytes, with a Headers object', () => {
    const err = ossErrorFromResponse({
      status: 403,
      headers: new Headers({ 'x-oss-request-id': 'HEADER-ID' }),
      body: new TextEncoder().encode(SIGNATURE_XML),
    });
    expect(err).toBeInstanceOf(OssError);
    expect(err.code).toBe('SignatureDoesNotMatch');
    expect(err.status).toBe(403);
    expect(err.requestId).toBe('65A4F0C1E5B2D1A3B4C5D6E7');
    expect(err.stringToSign).toContain('/examplebucket/a&b.txt');
  });
  it('falls back to status and x-oss-request-id / x-oss-ec for a HEAD without body', () => {
    const err = ossErrorFromResponse({
      status: 404,
      headers: { 'X-Oss-Request-Id': 'RID-1', 'x-oss-ec': '0026-00000001' },
    });
    expect(err).toMatchObject({ code: 'NoSuchKey', status: 404, requestId: 'RID-1', ec: '0026-00000001' });
    expect(ossErrorFromResponse({ status: 403, body: '' }).code).toBe('AccessDenied');
    expect(ossErrorFromResponse({ status: 503 }).code).toBe('ServiceUnavailable');
    expect(ossErrorFromResponse({ status: 418 }).code).toBe('Http418');
  });
  it('decodes the base64 x-oss-err header OSS sends with a failed HEAD (UTF-8 safe)', () => {
    const xml =
      '<Error><Code>AccessDenied</Code><Message>Request has expired. 过期</Message><RequestId>R2</RequestId></Error>';
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(xml)));
    const err = ossErrorFromResponse({
      status: 403,
      headers: { 'x-oss-err': b64, 'x-oss-request-id': 'R2' },
    });
    expect(err.code).toBe('AccessDenied');
    expect(err.message).toBe('Request has expired. 过期');
  });
  it('ignores a non-OSS body (a proxy page) and keeps the status meaning', () => {
    const err = ossErrorFromResponse({ status: 502, body: '<html>Bad gateway</html>' });
    expect(err.code).toBe('Http502');
    expect(isTransientOssError(err)).toBe(true);
  });
});

describe('client failures and classification', () => {
  it('marks no-answer failures with status 0 and retries them; credential codes are listed', () => {
    const net = ossClientFailure('network', 'Failed to fetch', { reason: 'reset' });
    expect(net).toMatchObject({ code: 'NetworkError', status: 0, isClientFailure: true });
    expect(net.details.reason).toBe('reset');
    expect(isTransientOssError(net)).toBe(true);
    expect(isTransientOssError(ossClientFailure('timeout', 'slow'))).toBe(true);
    expect(isTransientOssError(ossErrorFromResponse({ status: 403 }))).toBe(false);
    expect([...CREDENTIAL_ERROR_CODES].sort()).toEqual([
      'ExpiredToken',
      'InvalidAccessKeyId',
      'InvalidSecurityToken',
      'InvalidToken',
      'SecurityTokenExpired',
    ]);
  });
  it('reads headers case-insensitively from records, arrays and Headers', () => {
    expect(readHeader({ 'Content-Type': ['a', 'b'] }, 'content-type')).toBe('a');
    expect(readHeader(new Headers({ Date: 'x' }), 'date')).toBe('x');
    expect(readHeader(undefined, 'date')).toBeUndefined();
  });
});
