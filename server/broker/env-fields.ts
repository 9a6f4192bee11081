// One zod schema per environment variable, and the fix the operator should apply when it is wrong.
// Messages say what is wrong without echoing the value (a misplaced secret must not reach a log).
import { z } from 'zod';

const trimmed = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return t === '' ? undefined : t;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(trimmed, schema.optional());

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== ''),
);

/** host[:port], no scheme, no path: what OSS clients call an endpoint. */
export const hostPort = z
  .string()
  .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i, 'must be host or host:port, without scheme or path');

export const bucketName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'is not a valid OSS bucket name (3-63 of a-z 0-9 -)');

/**
 * A key prefix; `*` and `?` are policy wildcards, so a configured scope may not contain them. A scope is
 * a folder: `team` would grant `team*` (team-secrets/, teammate/...), so it is normalized to `team/`.
 */
export const scopePrefix = z
  .string()
  .max(1022, 'is longer than an OSS key may be')
  .refine((p) => !p.startsWith('/'), 'must not start with "/" (OSS keys have no leading slash)')
  .refine((p) => !/[*?]/.test(p), 'must not contain * or ? (they are wildcards in RAM policies)')
  .transform((p) => (p === '' || p.endsWith('/') ? p : `${p}/`));

const region = z
  .string()
  .regex(/^(oss-)?[a-z]{2,}(-[a-z0-9]+)+$/, 'is not a region id such as cn-hangzhou')
  .transform((r) => r.replace(/^oss-/, ''));

const origin = z.string().refine((o) => {
  try {
    const u = new URL(o);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o;
  } catch {
    return false;
  }
}, 'must list origins exactly as browsers send them: scheme://host[:port], no path or trailing slash');

const bucketEntry = z.object({
  name: bucketName,
  /** `oss` (default) or `cos`; a COS bucket is `<name>-<appid>` and needs its region (e.g. ap-guangzhou) */
  provider: z.enum(['oss', 'cos'], { error: 'must be oss or cos' }).default('oss'),
  /** COS only: the APPID, which must be the name's suffix (it is, when omitted) */
  appId: z
    .string()
    .regex(/^\d{5,12}$/, 'is not a COS APPID (digits)')
    .optional(),
  region: region.optional(),
  /** absent or '' = the whole bucket, which aliyun mode grants only with wholeBucket: true */
  prefix: scopePrefix.default(''),
  wholeBucket: z.boolean().optional(),
  upload: z.boolean().default(false),
  uploadPrefix: scopePrefix.optional(),
  customDomains: z.array(hostPort).default([]),
  /** COS only: global acceleration is on for the bucket; the console offers <bucket>.cos.accelerate.<domain> */
  accelerate: z.boolean().optional(),
});

const bucketsJson = z
  .string()
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.array(bucketEntry).min(1, 'must list at least one bucket'));

const tokenList = z.string().transform((s, ctx) => {
  const tokens: { name: string; token: string }[] = [];
  s.split(',').forEach((entry, i) => {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (colon <= 0 || token === '') {
      ctx.addIssue({ code: 'custom', message: `entry ${i + 1} is not "name:token"` });
    } else if (!/^[\w.@-]{1,64}$/.test(name)) {
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1}: the name may use only letters, digits, _ . @ -`,
      });
    } else if (token.length < 16) {
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1} (${name}): the token is shorter than 16 characters`,
      });
    } else if (tokens.some((t) => t.name === name)) {
      ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: the name ${name} is used twice` });
    } else {
      tokens.push({ name, token });
    }
  });
  return tokens;
});

export const envSchema = z.object({
  BROKER_MODE: optional(z.enum(['local', 'aliyun'], { error: 'must be local or aliyun' })),
  BROKER_HOST: optional(z.string()),
  BROKER_ALLOWED_HOSTS: optional(
    list.pipe(z.array(z.string().regex(/^[a-z0-9.:-]+$/i, 'must list host names without scheme or port'))),
  ),
  BROKER_PORT: optional(whole(0, 65535)),
  BROKER_AUTH: optional(z.literal('none', { error: 'accepts only the value none' })),
  BROKER_TOKENS: optional(tokenList),
  BROKER_TRUSTED_HEADER: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'is not an HTTP header name')
      .transform((h) => h.toLowerCase())
      .refine(
        (h) => !['authorization', 'cookie', 'host', 'origin'].includes(h),
        'names a header clients set',
      ),
  ),
  BROKER_ALLOWED_ORIGINS: optional(list.pipe(z.array(origin))),
  BROKER_CORS_CREDENTIALS: optional(flag),
  BROKER_MIN_DURATION: optional(whole(1, 43200)),
  BROKER_MAX_DURATION: optional(whole(1, 43200)),
  BROKER_DEFAULT_DURATION: optional(whole(1, 43200)),
  BROKER_RATE_LIMIT: optional(whole(1, 100_000)),
  BROKER_TRUST_PROXY: optional(flag),
  BROKER_REGION: optional(region),
  BROKER_OSS_ENDPOINT: optional(hostPort),
  BROKER_OSS_SECURE: optional(flag),
  BROKER_OSS_HTTPS_ENDPOINT: optional(hostPort),
  BROKER_OSS_ACCELERATE_ENDPOINT: optional(hostPort),
  BROKER_BUCKETS: optional(bucketsJson),
  BROKER_BUCKET: optional(bucketName),
  BROKER_PREFIX: optional(scopePrefix),
  BROKER_WHOLE_BUCKET: optional(flag),
  BROKER_UPLOAD: optional(flag),
  BROKER_CUSTOM_DOMAINS: optional(list.pipe(z.array(hostPort))),
  BROKER_DEFAULT_BUCKET: optional(bucketName),
  LOCAL_STACK_KEY: optional(z.string().min(16, 'is shorter than 16 characters')),
  BROKER_ROLE_ARN: optional(
    z
      .string()
      .regex(/^acs:ram::\d+:role\/[\w.@-]+$/i, 'is not a role ARN like acs:ram::<account id>:role/<name>'),
  ),
  BROKER_STS_ENDPOINT: optional(
    z
      .string()
      .regex(/^(https?:\/\/)?[a-z0-9.-]+(:\d{1,5})?\/?$/i, 'must be host[:port] or http(s)://host[:port]'),
  ),
  BROKER_COS_DOMAIN: optional(hostPort),
  BROKER_COS_HTTPS_DOMAIN: optional(hostPort),
  BROKER_COS_SECURE: optional(flag),
  BROKER_TENCENT_ROLE_ARN: optional(
    z
      .string()
      .regex(
        /^qcs::cam::uin\/\d+:roleName\/[\w.@+=,-]+$/,
        'is not a CAM role ARN like qcs::cam::uin/<account id>:roleName/<name>',
      ),
  ),
  BROKER_TENCENT_STS_ENDPOINT: optional(
    z
      .string()
      .regex(/^(https?:\/\/)?[a-z0-9.-]+(:\d{1,5})?\/?$/i, 'must be host[:port] or http(s)://host[:port]'),
  ),
  BROKER_TENCENT_STS_REGION: optional(
    z.string().regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'is not a Tencent Cloud region id such as ap-guangzhou'),
  ),
  BROKER_EXTERNAL_ID: optional(z.string().regex(/^[\w.@=,:/-]{2,1224}$/, 'is not a valid ExternalId')),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
});
export type ParsedEnv = z.infer<typeof envSchema>;
export type EnvName = keyof ParsedEnv;

/** The fix printed under every problem with a variable. */
export const FIX: Record<EnvName, string> = {
  BROKER_MODE: 'omit it for oss-local, or set BROKER_MODE=aliyun for real AssumeRole.',
  BROKER_HOST: 'set the interface to listen on, e.g. BROKER_HOST=127.0.0.1 (or 0.0.0.0 in a container).',
  BROKER_ALLOWED_HOSTS:
    'set the host names clients use to reach the broker, e.g. BROKER_ALLOWED_HOSTS=broker.example.com,localhost.',
  BROKER_PORT: 'set BROKER_PORT=8787 (Function Compute custom runtimes listen on 9000).',
  BROKER_AUTH:
    'set BROKER_TOKENS=name:token or BROKER_TRUSTED_HEADER=X-Forwarded-User; BROKER_AUTH=none is for local mode on loopback only.',
  BROKER_TOKENS:
    'set BROKER_TOKENS=alice:<token>,bob:<token>, each token random and 16+ characters (openssl rand -base64 32).',
  BROKER_TRUSTED_HEADER:
    'set the header your SSO proxy writes the user into, e.g. BROKER_TRUSTED_HEADER=X-Forwarded-User.',
  BROKER_ALLOWED_ORIGINS:
    "set the console's origin(s), e.g. BROKER_ALLOWED_ORIGINS=https://console.example.com,http://localhost:5173.",
  BROKER_CORS_CREDENTIALS: 'set BROKER_CORS_CREDENTIALS=true when the console sends cookies (SSO proxy).',
  BROKER_MIN_DURATION:
    'set seconds, e.g. BROKER_MIN_DURATION=900 (STS refuses less than 900 in aliyun mode).',
  BROKER_MAX_DURATION:
    "set seconds up to 43200, e.g. BROKER_MAX_DURATION=3600, and no more than the role's maximum session duration.",
  BROKER_DEFAULT_DURATION:
    'set seconds between the minimum and the maximum, e.g. BROKER_DEFAULT_DURATION=3600.',
  BROKER_RATE_LIMIT: 'set requests per minute per operator, e.g. BROKER_RATE_LIMIT=60.',
  BROKER_TRUST_PROXY: 'set BROKER_TRUST_PROXY=true only behind a reverse proxy that sets X-Forwarded-For.',
  BROKER_REGION: "set the buckets' region, e.g. BROKER_REGION=cn-hangzhou.",
  BROKER_OSS_ENDPOINT: 'set host[:port], e.g. BROKER_OSS_ENDPOINT=oss-cn-hangzhou.aliyuncs.com.',
  BROKER_OSS_SECURE: 'set BROKER_OSS_SECURE=true (HTTPS) or false.',
  BROKER_OSS_HTTPS_ENDPOINT: 'set host:port of the HTTPS listener, e.g. oss-cn-local.localhost:9443.',
  BROKER_OSS_ACCELERATE_ENDPOINT:
    'set host[:port], e.g. BROKER_OSS_ACCELERATE_ENDPOINT=oss-accelerate.aliyuncs.com.',
  BROKER_BUCKETS:
    'set a JSON array, e.g. BROKER_BUCKETS=\'[{"name":"examplebucket","prefix":"shared/","upload":true,"uploadPrefix":"shared/inbox/","customDomains":["files.example.com"]}]\' (uploadPrefix, optional, must start with prefix and needs upload: true).',
  BROKER_BUCKET: 'set BROKER_BUCKET=<bucket name> (or BROKER_BUCKETS for several).',
  BROKER_PREFIX:
    'set the folder operators may reach, e.g. BROKER_PREFIX=shared/ (a prefix without a trailing / is read as that folder).',
  BROKER_WHOLE_BUCKET:
    'set BROKER_WHOLE_BUCKET=true to grant the whole bucket (no BROKER_PREFIX); in aliyun mode a whole bucket is never implied.',
  BROKER_UPLOAD: 'set BROKER_UPLOAD=true to grant PutObject and multipart upload, false for read-only.',
  BROKER_CUSTOM_DOMAINS: 'set host[:port] list, e.g. BROKER_CUSTOM_DOMAINS=files.example.com.',
  BROKER_DEFAULT_BUCKET: 'set one of the configured bucket names.',
  LOCAL_STACK_KEY:
    'set the same random key for the broker and oss-local (openssl rand -base64 32), or omit it.',
  BROKER_ROLE_ARN:
    'set BROKER_ROLE_ARN=acs:ram::<account id>:role/<role name> (RAM console, role details page).',
  BROKER_STS_ENDPOINT: 'set BROKER_STS_ENDPOINT=sts.aliyuncs.com or sts.<region>.aliyuncs.com.',
  BROKER_EXTERNAL_ID: 'set the ExternalId required by the role trust policy, or omit it.',
  BROKER_COS_DOMAIN:
    'set the domain after cos.<region>. in COS hosts: myqcloud.com (the default in aliyun mode), or localhost:9100 for cos-local.',
  BROKER_COS_HTTPS_DOMAIN:
    'set the domain of a separate HTTPS listener (cos-local: localhost:9543), or omit it: HTTPS uses BROKER_COS_DOMAIN.',
  BROKER_COS_SECURE: 'set BROKER_COS_SECURE=true for HTTPS COS links, false for http.',
  BROKER_TENCENT_ROLE_ARN:
    'set BROKER_TENCENT_ROLE_ARN=qcs::cam::uin/<account id>:roleName/<role name> (CAM console, role details page); the broker signs AssumeRole with TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY from its environment.',
  BROKER_TENCENT_STS_ENDPOINT:
    'set BROKER_TENCENT_STS_ENDPOINT=sts.tencentcloudapi.com (the default), or omit it.',
  BROKER_TENCENT_STS_REGION:
    "set the STS region, e.g. ap-guangzhou (default: the first COS bucket's region).",
  LOG_LEVEL: 'set LOG_LEVEL=info (or debug, warn, error, silent).',
};
