import { describe, expect, it } from 'vitest';
import { FACTORY_CONNECTION, type ConnectionSettings } from '../../state/settings-store';
import type { ConsoleConfig } from '../../sts/console-config';
import { bucketEndpoint } from './bucket-connection';
import { domainOptions } from './domain-options';

const COS = 'media-1250000000';
const config: ConsoleConfig = {
  mode: 'aliyun',
  region: 'cn-hangzhou',
  endpoint: 'oss-cn-hangzhou.aliyuncs.com',
  secure: true,
  buckets: [
    {
      name: 'photos',
      provider: 'oss',
      region: 'cn-hangzhou',
      prefix: '',
      actions: [],
      upload: false,
      customDomains: [],
    },
    {
      name: COS,
      provider: 'cos',
      appId: '1250000000',
      endpoint: 'cos.ap-guangzhou.myqcloud.com',
      secure: true,
      accelerateEndpoint: 'cos.accelerate.myqcloud.com',
      region: 'ap-guangzhou',
      prefix: 'shared/',
      actions: [],
      upload: true,
      customDomains: ['cdn.example.com'],
    },
  ],
  defaultBucket: 'photos',
  minDurationSeconds: 900,
  maxDurationSeconds: 3600,
  defaultDurationSeconds: 3600,
};
const settings = (o: Partial<ConnectionSettings> = {}): ConnectionSettings => ({
  ...FACTORY_CONNECTION,
  ...o,
});

describe('a COS bucket’s connection', () => {
  it('takes its hosts and acceleration from the broker; OSS overrides do not apply', () => {
    const b = bucketEndpoint(
      config,
      settings({ endpoint: 'oss-cn-beijing.aliyuncs.com', accelerate: false, region: 'cn-beijing' }),
      COS,
    );
    expect(b).toMatchObject({
      provider: 'cos',
      accelerate: true,
      upload: true,
      customDomains: ['cdn.example.com'],
    });
    expect(
      domainOptions({ ...b, id: 'x', credentials: undefined as never }).map((d) => [d.value.kind, d.host]),
    ).toEqual([
      ['default', `${COS}.cos.ap-guangzhou.myqcloud.com`],
      ['accelerate', `${COS}.cos.accelerate.myqcloud.com`],
      ['custom', 'cdn.example.com'],
    ]);
  });
  it('offers the domains typed in Settings when Settings names this bucket, not another', () => {
    const typed = ['files.example.org'];
    expect(
      bucketEndpoint(config, settings({ bucket: COS, customDomains: typed }), COS).customDomains,
    ).toEqual(['cdn.example.com', 'files.example.org']);
    expect(
      bucketEndpoint(config, settings({ bucket: 'photos', customDomains: typed }), COS).customDomains,
    ).toEqual(['cdn.example.com']);
    // the broker's list stays the broker's: a typed domain is not "known to be mapped"
    expect(
      bucketEndpoint(config, settings({ bucket: COS, customDomains: typed }), COS).brokerDomains,
    ).toEqual(['cdn.example.com']);
  });
  it('without "accelerate" from the broker, no acceleration is offered', () => {
    const { accelerateEndpoint: _drop, ...plain } = config.buckets[1]!;
    const b = bucketEndpoint(
      { ...config, buckets: [config.buckets[0]!, plain] },
      settings({ accelerate: true }),
      COS,
    );
    expect(b.accelerate).toBe(false);
  });
});
