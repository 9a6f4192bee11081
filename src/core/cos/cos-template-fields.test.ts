import { describe, expect, it } from 'vitest';
import type { ObjectOrigin } from '../endpoint/resolve-object-origin';
import { PER_KEY_PLACEHOLDER } from '../presign/per-key-splice';
import { getCosTemplateFields } from './cos-template-fields';

const origin: ObjectOrigin = {
  origin: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
  host: 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
  hostKind: 'default',
  secure: true,
};

describe('getCosTemplateFields', () => {
  it('always signs the host', () => {
    expect(getCosTemplateFields({ origin, expiresInSeconds: 60 }, false)).toEqual({
      params: [],
      headers: [['host', origin.host]],
    });
  });
  it('binds Content-Type, Content-MD5 and x-cos-* headers into uploads', () => {
    const fields = getCosTemplateFields(
      {
        method: 'PUT',
        origin,
        expiresInSeconds: 60,
        contentType: ' text/plain ',
        contentMd5: '9e107d9d372bb6826bd81d3542a419d6',
        headers: { 'X-Cos-Storage-Class': 'STANDARD_IA' },
      },
      false,
    );
    expect(fields.headers).toEqual([
      ['host', origin.host],
      ['content-type', 'text/plain'],
      ['content-md5', 'nhB9nTcrtoJr2B01QqQZ1g=='],
      ['x-cos-storage-class', 'STANDARD_IA'],
    ]);
  });
  it('puts the per-key placeholder in place of the disposition', () => {
    const fields = getCosTemplateFields(
      { origin, expiresInSeconds: 60, params: { responseContentDisposition: 'inline' } },
      true,
    );
    expect(fields.params).toEqual([['response-content-disposition', PER_KEY_PLACEHOLDER]]);
  });
  it('refuses what would break the link or cannot be signed, with the fix', () => {
    expect(() =>
      getCosTemplateFields({ origin, expiresInSeconds: 60, contentType: 'text/plain' }, false),
    ).toThrow(/GET link cannot require a Content-Type.*upload \(PUT\) links only/);
    expect(() =>
      getCosTemplateFields(
        { method: 'PUT', origin, expiresInSeconds: 60, headers: { Range: 'bytes=0-1' } },
        false,
      ),
    ).toThrow(/"range" cannot be bound/);
    expect(() =>
      getCosTemplateFields(
        { method: 'PUT', origin, expiresInSeconds: 60, headers: { 'x-cos-security-token': 't' } },
        false,
      ),
    ).toThrow(/token is added by the signer/);
    expect(() =>
      getCosTemplateFields(
        { method: 'PUT', origin, expiresInSeconds: 60, headers: { 'x-cos-meta-a': ' b' } },
        false,
      ),
    ).toThrow(/padded with spaces/);
    expect(() =>
      getCosTemplateFields({ method: 'PUT', origin, expiresInSeconds: 60, contentType: 'not a type' }, false),
    ).toThrow(/not a valid Content-Type/);
  });
});
