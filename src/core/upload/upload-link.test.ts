import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { normalizeContentMd5, normalizeContentType, uploadTemplateFor } from './upload-link';

const endpoint = { region: 'cn-hangzhou' };
const options = {
  validitySeconds: 600,
  secure: true,
  host: 'default' as const,
  version: 'v4' as const,
  contentType: 'text/plain',
};

describe('uploadTemplateFor', () => {
  it('builds a PUT template that binds the Content-Type and MD5', () => {
    const md5 = createHash('md5').update('hello').digest('base64');
    const t = uploadTemplateFor('examplebucket', 'in/a.txt', { ...options, contentMd5: md5 }, endpoint);
    expect(t).toMatchObject({
      method: 'PUT',
      version: 'v4',
      bucket: 'examplebucket',
      expiresInSeconds: 600,
      contentType: 'text/plain',
      contentMd5: md5,
    });
    expect(t.origin.origin).toBe('https://examplebucket.oss-cn-hangzhou.aliyuncs.com');
  });

  it('uses the accelerate endpoint when asked, and no MD5 when none is given', () => {
    const t = uploadTemplateFor('examplebucket', 'a.bin', { ...options, host: 'accelerate' }, endpoint);
    expect(t.origin.origin).toBe('https://examplebucket.oss-accelerate.aliyuncs.com');
    expect(t).not.toHaveProperty('contentMd5');
  });

  it('refuses a bad key, validity or content type with a fix', () => {
    expect(() => uploadTemplateFor('examplebucket', '', options, endpoint)).toThrow(/key is empty/);
    expect(() =>
      uploadTemplateFor('examplebucket', 'a', { ...options, validitySeconds: 32_401 }, endpoint),
    ).toThrow(/outside the allowed range/);
    expect(() =>
      uploadTemplateFor('examplebucket', 'a', { ...options, contentType: 'text plain' }, endpoint),
    ).toThrow(CoreInputError);
  });
});

describe('normalizeContentType', () => {
  it.each(['image/png', 'text/plain; charset=utf-8', 'application/vnd.ms-excel', 'a/b;x="y z"'])(
    'accepts %s',
    (type) => expect(normalizeContentType(` ${type} `)).toBe(type),
  );
  it.each(['', 'text', 'text/plain\r\nX-Evil: 1', 'text/ plain', '中文/x', 'a/b; c'])(
    'refuses %j',
    (type) => {
      expect(() => normalizeContentType(type)).toThrow(
        expect.objectContaining({ code: type === '' ? 'CONTENT_TYPE_EMPTY' : 'CONTENT_TYPE_INVALID' }),
      );
    },
  );
});

describe('normalizeContentMd5', () => {
  it('keeps base64, converts hex, treats blank as none', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const digest = createHash('md5').update(bytes);
        const hex = digest.copy().digest('hex');
        const base64 = digest.digest('base64');
        expect(normalizeContentMd5(base64)).toBe(base64);
        expect(normalizeContentMd5(hex)).toBe(base64);
        expect(normalizeContentMd5(hex.toUpperCase())).toBe(base64);
      }),
    );
    expect(normalizeContentMd5('  ')).toBeUndefined();
    expect(normalizeContentMd5(undefined)).toBeUndefined();
  });
  it('refuses anything else with the commands that make one', () => {
    expect(() => normalizeContentMd5('abc')).toThrow(/md5sum/);
  });
});
