import { describe, expect, it } from 'vitest';
import { CoreInputError } from '../errors/core-input-error';
import { resolveObjectOrigin } from './resolve-object-origin';
import { parseHostInput, toStandardRegion } from './validate-names';

const hz = { region: 'cn-hangzhou' };

describe('resolveObjectOrigin', () => {
  it('uses the bucket’s default endpoint', () => {
    expect(resolveObjectOrigin('examplebucket', hz, { kind: 'default' }, true)).toEqual({
      origin: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
      host: 'examplebucket.oss-cn-hangzhou.aliyuncs.com',
      hostKind: 'default',
      secure: true,
    });
    expect(
      resolveObjectOrigin('examplebucket', { region: 'oss-cn-beijing' }, { kind: 'default' }, false).origin,
    ).toBe('http://examplebucket.oss-cn-beijing.aliyuncs.com');
  });
  it('uses the accelerate endpoint and custom domains (host as typed, bucket not prefixed)', () => {
    expect(resolveObjectOrigin('b1b', hz, { kind: 'accelerate' }, true).origin).toBe(
      'https://b1b.oss-accelerate.aliyuncs.com',
    );
    expect(
      resolveObjectOrigin('b1b', hz, { kind: 'custom', host: 'HTTPS://Files.Example.com/' }, true).origin,
    ).toBe('https://files.example.com');
  });
  it('applies endpoint overrides and per-scheme ports (the local server, private clouds)', () => {
    const local = {
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost',
      accelerateEndpoint: 'oss-accelerate.localhost',
      httpPort: 9000,
      httpsPort: 9443,
    };
    expect(resolveObjectOrigin('examplebucket', local, { kind: 'default' }, false).origin).toBe(
      'http://examplebucket.oss-cn-local.localhost:9000',
    );
    expect(resolveObjectOrigin('examplebucket', local, { kind: 'default' }, true).origin).toBe(
      'https://examplebucket.oss-cn-local.localhost:9443',
    );
    expect(resolveObjectOrigin('examplebucket', local, { kind: 'accelerate' }, true).host).toBe(
      'examplebucket.oss-accelerate.localhost:9443',
    );
    expect(
      resolveObjectOrigin('examplebucket', local, { kind: 'custom', host: 'files.example.localhost' }, false)
        .origin,
    ).toBe('http://files.example.localhost:9000');
    expect(
      resolveObjectOrigin('examplebucket', { ...hz, httpsPort: 443 }, { kind: 'default' }, true).host,
    ).toBe('examplebucket.oss-cn-hangzhou.aliyuncs.com');
  });
  it('refuses bad buckets, regions, domains and ports with a typed error naming the problem', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof CoreInputError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => resolveObjectOrigin('Bad_Bucket', hz, { kind: 'default' }, true))).toBe(
      'BUCKET_INVALID',
    );
    expect(
      code(() => resolveObjectOrigin('ok-bucket', { region: 'cn hangzhou' }, { kind: 'default' }, true)),
    ).toBe('REGION_INVALID');
    expect(
      code(() =>
        resolveObjectOrigin('ok-bucket', hz, { kind: 'custom', host: 'files.example.com/path' }, true),
      ),
    ).toBe('DOMAIN_INVALID');
    expect(
      code(() => resolveObjectOrigin('ok-bucket', { ...hz, httpPort: 70000 }, { kind: 'default' }, false)),
    ).toBe('PORT_INVALID');
  });
});

describe('parseHostInput', () => {
  it.each([
    ['files.example.com', { hostname: 'files.example.com' }],
    ['https://files.example.com/', { hostname: 'files.example.com' }],
    ['cdn.example.com:8443', { hostname: 'cdn.example.com', port: 8443 }],
    ['xn--fiqs8s.example.com', { hostname: 'xn--fiqs8s.example.com' }],
  ])('accepts %s', (input, want) => {
    expect(parseHostInput(input, 'domain')).toEqual(want);
  });
  it.each([
    ['', /is empty/],
    ['localhost', /fully qualified/],
    ['1.2.3.4', /IP address/],
    ['files.example.com/a', /path/],
    ['user@files.example.com', /user name/],
    ['-bad.example.com', /invalid part “-bad”/],
    ['中文.example.com', /punycode/],
    ['files.example.com:99999', /invalid port/],
  ])('refuses %j', (input, message) => {
    expect(() => parseHostInput(input, 'domain')).toThrow(message);
  });
  it('standardizes regions', () => {
    expect(toStandardRegion('oss-cn-hangzhou')).toBe('cn-hangzhou');
    expect(toStandardRegion('ap-southeast-1')).toBe('ap-southeast-1');
  });
});
