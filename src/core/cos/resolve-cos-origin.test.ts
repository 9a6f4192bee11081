import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { resolveCosObjectOrigin } from './resolve-cos-origin';

const gz = { region: 'ap-guangzhou' };
const bucket = 'examplebucket-1250000000';

describe('resolveCosObjectOrigin', () => {
  it('uses the bucket’s default host and global acceleration', () => {
    expect(resolveCosObjectOrigin(bucket, gz, { kind: 'default' }, true)).toEqual({
      origin: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
      host: 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
      hostKind: 'default',
      secure: true,
    });
    expect(resolveCosObjectOrigin(bucket, gz, { kind: 'accelerate' }, false)).toEqual({
      origin: 'http://examplebucket-1250000000.cos.accelerate.myqcloud.com',
      host: 'examplebucket-1250000000.cos.accelerate.myqcloud.com',
      hostKind: 'accelerate',
      secure: false,
    });
  });
  it('uses custom domains as typed (no bucket prefix), with a typed port', () => {
    const o = resolveCosObjectOrigin(
      bucket,
      gz,
      { kind: 'custom', host: 'HTTPS://Files.Example.com/' },
      true,
    );
    expect(o).toMatchObject({ origin: 'https://files.example.com', hostKind: 'custom' });
    expect(
      resolveCosObjectOrigin(bucket, gz, { kind: 'custom', host: 'cdn.example.com:8443' }, true).host,
    ).toBe('cdn.example.com:8443');
  });
  it('applies endpoint overrides and per-scheme ports (the local server)', () => {
    const local = {
      region: 'ap-local',
      endpoint: 'cos.ap-local.localhost',
      accelerateEndpoint: 'cos.accelerate.localhost:9101',
      httpPort: 9100,
      httpsPort: 9543,
    };
    expect(resolveCosObjectOrigin(bucket, local, { kind: 'default' }, false).origin).toBe(
      'http://examplebucket-1250000000.cos.ap-local.localhost:9100',
    );
    expect(resolveCosObjectOrigin(bucket, local, { kind: 'default' }, true).host).toBe(
      'examplebucket-1250000000.cos.ap-local.localhost:9543',
    );
    // a port typed into the override wins over the per-scheme port
    expect(resolveCosObjectOrigin(bucket, local, { kind: 'accelerate' }, true).host).toBe(
      'examplebucket-1250000000.cos.accelerate.localhost:9101',
    );
    expect(resolveCosObjectOrigin(bucket, { ...gz, httpsPort: 443 }, { kind: 'default' }, true).host).toBe(
      'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
    );
  });
  it('refuses bad buckets, regions, domains, overrides and ports with a typed error', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof CoreInputError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => resolveCosObjectOrigin('examplebucket', gz, { kind: 'default' }, true))).toBe(
      'COS_BUCKET_NO_APPID',
    );
    expect(
      code(() => resolveCosObjectOrigin(bucket, { region: 'guangzhou' }, { kind: 'default' }, true)),
    ).toBe('COS_REGION_INVALID');
    expect(
      code(() => resolveCosObjectOrigin(bucket, gz, { kind: 'custom', host: 'a.example.com/x' }, true)),
    ).toBe('DOMAIN_INVALID');
    expect(
      code(() => resolveCosObjectOrigin(bucket, { ...gz, endpoint: 'localhost' }, { kind: 'default' }, true)),
    ).toBe('ENDPOINT_INVALID');
    expect(
      code(() => resolveCosObjectOrigin(bucket, { ...gz, httpPort: 0 }, { kind: 'default' }, false)),
    ).toBe('PORT_INVALID');
  });
});
