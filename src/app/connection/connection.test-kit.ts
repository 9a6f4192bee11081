// For the connection tests: the broker's /config of a local stack with one OSS bucket, and an /sts answer
// (fake values, nothing that looks like a real key).
import type { ConsoleConfig } from '../../sts/console-config';

export const PHOTOS_CONFIG: ConsoleConfig = {
  mode: 'local',
  region: 'cn-local',
  endpoint: 'oss-cn-local.localhost:9000',
  secure: false,
  buckets: [
    {
      name: 'photos',
      provider: 'oss',
      region: 'cn-local',
      prefix: '',
      actions: [],
      upload: false,
      customDomains: [],
    },
  ],
  defaultBucket: 'photos',
  minDurationSeconds: 900,
  maxDurationSeconds: 3600,
  defaultDurationSeconds: 3600,
};

/** The broker's /sts answer: temporary credentials valid for an hour from now. */
export const stsAnswer = (): Response =>
  Response.json({
    AccessKeyId: 'STS.fake-id',
    AccessKeySecret: 'fake-secret',
    SecurityToken: 'fake-token',
    Expiration: new Date(Date.now() + 3600_000).toISOString(),
  });
