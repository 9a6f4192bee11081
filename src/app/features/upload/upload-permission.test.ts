import { describe, expect, it } from 'vitest';
import { uploadPermission } from './upload-permission';

const entry = {
  name: 'b',
  provider: 'oss' as const,
  region: 'cn-hangzhou',
  prefix: 'team/',
  actions: ['oss:GetObject', 'oss:ListObjects', 'oss:PutObject'],
  upload: true,
  customDomains: [],
};

describe('uploadPermission', () => {
  it('allows keys inside the upload prefix of a bucket with PutObject', () => {
    expect(uploadPermission({ entry }, 'team/a.txt')).toBe('allowed');
    expect(uploadPermission({ entry: { ...entry, uploadPrefix: 'team/in/' } }, 'team/in/a')).toBe('allowed');
  });
  it('denies outside the prefix, without PutObject, or with upload off', () => {
    expect(uploadPermission({ entry }, 'other/a.txt')).toBe('denied');
    expect(uploadPermission({ entry: { ...entry, uploadPrefix: 'team/in/' } }, 'team/a')).toBe('denied');
    expect(uploadPermission({ entry: { ...entry, actions: ['oss:GetObject'] } }, 'team/a')).toBe('denied');
    expect(uploadPermission({ entry: { ...entry, upload: false } }, 'team/a')).toBe('denied');
  });
  it('reads a COS bucket’s CAM actions (name/cos:PutObject), not OSS’s', () => {
    const cos = {
      ...entry,
      name: 'b-1250000000',
      provider: 'cos' as const,
      actions: ['name/cos:GetObject', 'name/cos:PutObject'],
    };
    expect(uploadPermission({ entry: cos }, 'team/a')).toBe('allowed');
    expect(
      uploadPermission({ entry: { ...cos, actions: ['name/cos:GetObject', 'oss:PutObject'] } }, 'team/a'),
    ).toBe('denied');
  });
  it('cannot tell for a bucket the broker does not describe', () => {
    expect(uploadPermission({ entry: undefined }, 'a')).toBe('unknown');
  });
});
