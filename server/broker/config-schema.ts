// GET /config: what the console needs to preconfigure itself. The console mirrors this schema in its own
// zod schema (server/ and src/ share no code); server/broker/README.md documents it field by field.
import { z } from 'zod';
import type { BrokerConfig } from './broker-config';
import { cosActionsFor } from './cos-policy';
import { actionsFor } from './session-policy';

export const consoleBucketSchema = z.object({
  name: z.string(),
  /** `oss` or `cos`; the top-level region/endpoint fields describe OSS buckets */
  provider: z.enum(['oss', 'cos']),
  /** COS only: the APPID (suffix of the name) */
  appId: z.string().optional(),
  /** COS only: host[:port] of the bucket's default domain without the bucket, e.g. `cos.ap-guangzhou.myqcloud.com` */
  endpoint: z.string().optional(),
  /** COS only: host:port of a separate HTTPS listener for the same hosts (local server) */
  httpsEndpoint: z.string().optional(),
  /** COS only: use HTTPS by default */
  secure: z.boolean().optional(),
  /** COS only, when the bucket has global acceleration: host[:port] of the accelerate domain without the bucket, e.g. `cos.accelerate.myqcloud.com` */
  accelerateEndpoint: z.string().optional(),
  /** OSS region id without the `oss-` prefix, e.g. `cn-hangzhou`; COS region, e.g. `ap-guangzhou` */
  region: z.string(),
  /** the widest prefix credentials can reach in this bucket ('' = whole bucket) */
  prefix: z.string(),
  /** actions the policy grants: RAM ones (e.g. 'oss:GetObject') or COS ones (e.g. 'name/cos:GetObject') */
  actions: z.array(z.string()),
  /** PutObject and multipart upload are granted */
  upload: z.boolean(),
  /** with upload: the prefix uploads are allowed under (inside `prefix`, '' = whole bucket); absent without upload */
  uploadPrefix: z.string().optional(),
  /** custom domains mapped to the bucket, host[:port] */
  customDomains: z.array(z.string()),
});

export const consoleConfigSchema = z.object({
  mode: z.enum(['local', 'aliyun']),
  region: z.string(),
  /** host[:port] of the default endpoint, e.g. `oss-cn-hangzhou.aliyuncs.com` */
  endpoint: z.string(),
  /** use HTTPS by default */
  secure: z.boolean(),
  /** local mode: host:port of oss-local's HTTPS listener (the HTTPS switch uses it) */
  httpsEndpoint: z.string().optional(),
  /** host[:port] of the accelerate endpoint, when acceleration is offered */
  accelerateEndpoint: z.string().optional(),
  buckets: z.array(consoleBucketSchema).min(1),
  defaultBucket: z.string(),
  minDurationSeconds: z.number().int().positive(),
  maxDurationSeconds: z.number().int().positive(),
  defaultDurationSeconds: z.number().int().positive(),
});

export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

export function buildConsoleConfig(config: BrokerConfig): ConsoleConfig {
  const { oss } = config;
  return consoleConfigSchema.parse({
    mode: config.mode,
    region: oss.region,
    endpoint: oss.endpoint,
    secure: oss.secure,
    ...(oss.httpsEndpoint ? { httpsEndpoint: oss.httpsEndpoint } : {}),
    ...(oss.accelerateEndpoint ? { accelerateEndpoint: oss.accelerateEndpoint } : {}),
    buckets: config.buckets.map((b) => ({
      name: b.name,
      provider: b.provider ?? 'oss',
      ...(b.provider === 'cos'
        ? {
            appId: b.appId ?? '',
            endpoint: `cos.${b.region}.${config.cos.domain}`,
            ...(config.cos.httpsDomain ? { httpsEndpoint: `cos.${b.region}.${config.cos.httpsDomain}` } : {}),
            secure: config.cos.secure,
            ...(b.accelerate ? { accelerateEndpoint: `cos.accelerate.${config.cos.domain}` } : {}),
          }
        : {}),
      region: b.region,
      prefix: b.prefix,
      actions: b.provider === 'cos' ? cosActionsFor(b) : actionsFor(b),
      upload: b.upload,
      ...(b.upload ? { uploadPrefix: b.uploadPrefix ?? b.prefix } : {}),
      customDomains: b.customDomains,
    })),
    defaultBucket: config.defaultBucket,
    minDurationSeconds: config.duration.min,
    maxDurationSeconds: config.duration.max,
    defaultDurationSeconds: config.duration.default,
  });
}
