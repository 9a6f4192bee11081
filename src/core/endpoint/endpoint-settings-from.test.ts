import { describe, expect, it } from 'vitest';
import { endpointSettingsFrom } from './endpoint-settings-from';
import { resolveObjectOrigin } from './resolve-object-origin';

describe('endpointSettingsFrom', () => {
  it('splits host:port strings into hosts and per-scheme ports', () => {
    const s = endpointSettingsFrom({
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost:9000',
      httpsEndpoint: 'oss-cn-local.localhost:9443',
      accelerateEndpoint: 'oss-accelerate.localhost:9000',
    });
    expect(s).toEqual({
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost',
      accelerateEndpoint: 'oss-accelerate.localhost',
      httpPort: 9000,
      httpsPort: 9443,
    });
    expect(resolveObjectOrigin('examplebucket', s, { kind: 'default' }, true).origin).toBe(
      'https://examplebucket.oss-cn-local.localhost:9443',
    );
    expect(
      resolveObjectOrigin('examplebucket', s, { kind: 'custom', host: 'files.example.localhost' }, false)
        .origin,
    ).toBe('http://files.example.localhost:9000');
  });
  it('leaves real OSS endpoints without ports', () => {
    expect(endpointSettingsFrom({ region: 'cn-hangzhou', endpoint: 'oss-cn-hangzhou.aliyuncs.com' })).toEqual(
      {
        region: 'cn-hangzhou',
        endpoint: 'oss-cn-hangzhou.aliyuncs.com',
        accelerateEndpoint: undefined,
        httpPort: undefined,
        httpsPort: undefined,
      },
    );
  });
});
