// Parses the broker's environment once, failing loudly: every problem names its variable and the fix.
import { randomBytes } from 'node:crypto';
import type { BrokerConfig, BucketScope, DurationLimits, OssEndpoints } from './broker-config';
import { STS_MAX_DURATION_SECONDS, STS_MIN_DURATION_SECONDS } from './broker-config';
import type { EnvName, ParsedEnv } from './env-fields';
import { FIX, envSchema } from './env-fields';
import { LOOPBACK_NAMES } from './host-check';

export class BrokerConfigError extends Error {
  override name = 'BrokerConfigError';
}

interface Problem {
  name: EnvName;
  message: string;
}

const LOCAL_DEFAULT_REGION = 'cn-local';
const LOCAL_DEFAULT_BUCKET = 'examplebucket';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function parseBrokerEnv(env: Record<string, string | undefined>): BrokerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw configError(
      parsed.error.issues.map((issue) => ({
        name: String(issue.path[0]) as EnvName,
        message: `${formatPath(issue.path)} ${issue.message}`,
      })),
    );
  }
  const problems: Problem[] = [];
  const config = buildConfig(parsed.data, (name, message) =>
    problems.push({ name, message: message.startsWith(name) ? message : `${name} ${message}` }),
  );
  if (problems.length > 0 || !config) throw configError(problems);
  return config;
}

function buildConfig(
  e: ParsedEnv,
  problem: (name: EnvName, message: string) => void,
): BrokerConfig | undefined {
  const mode = e.BROKER_MODE ?? 'local';
  const aliyun = mode === 'aliyun';
  const host = e.BROKER_HOST ?? '127.0.0.1';

  const tokens = e.BROKER_TOKENS ?? [];
  const anonymous = e.BROKER_AUTH === 'none';
  if (anonymous && aliyun) problem('BROKER_AUTH', 'BROKER_AUTH=none is refused in aliyun mode');
  if (anonymous && !LOOPBACK_HOSTS.has(host)) {
    problem(
      'BROKER_AUTH',
      `BROKER_AUTH=none is refused when listening beyond loopback (BROKER_HOST=${host})`,
    );
  }
  if (!anonymous && tokens.length === 0 && !e.BROKER_TRUSTED_HEADER) {
    problem('BROKER_AUTH', 'no operator authentication is configured');
  }

  const origins = e.BROKER_ALLOWED_ORIGINS ?? [];
  if (aliyun && origins.length === 0) {
    problem(
      'BROKER_ALLOWED_ORIGINS',
      'is required in aliyun mode (the console calls the broker from a browser)',
    );
  }

  const duration = durationLimits(e, aliyun, problem);
  const region = e.BROKER_REGION ?? (aliyun ? undefined : LOCAL_DEFAULT_REGION);
  const buckets = bucketScopes(e, region ?? LOCAL_DEFAULT_REGION, aliyun, problem);
  const cosOnly = buckets.length > 0 && buckets.every((b) => b.provider === 'cos');
  // the OSS region; a broker of COS buckets only (each with its own region) needs none
  if (!region && !cosOnly) problem('BROKER_REGION', 'is required in aliyun mode');
  const defaultBucket = e.BROKER_DEFAULT_BUCKET ?? buckets[0]?.name ?? LOCAL_DEFAULT_BUCKET;
  if (buckets.length > 0 && !buckets.some((b) => b.name === defaultBucket)) {
    problem('BROKER_DEFAULT_BUCKET', `names ${defaultBucket}, which is not among the configured buckets`);
  }

  const common = {
    host,
    port: e.BROKER_PORT ?? 8787,
    allowedHosts: e.BROKER_ALLOWED_HOSTS ?? (LOOPBACK_HOSTS.has(host) ? [...LOOPBACK_NAMES] : undefined),
    auth: { tokens, trustedHeader: e.BROKER_TRUSTED_HEADER, anonymous },
    cors: { origins, credentials: e.BROKER_CORS_CREDENTIALS ?? Boolean(e.BROKER_TRUSTED_HEADER) },
    duration,
    rateLimitPerMinute: e.BROKER_RATE_LIMIT ?? 60,
    trustProxy: e.BROKER_TRUST_PROXY ?? false,
    oss: ossEndpoints(e, region ?? LOCAL_DEFAULT_REGION, aliyun),
    cos: {
      domain: e.BROKER_COS_DOMAIN ?? (aliyun ? 'myqcloud.com' : 'localhost:9100'),
      ...(e.BROKER_COS_HTTPS_DOMAIN ? { httpsDomain: e.BROKER_COS_HTTPS_DOMAIN } : {}),
      secure: e.BROKER_COS_SECURE ?? aliyun,
    },
    buckets,
    defaultBucket,
    logLevel: e.LOG_LEVEL ?? 'info',
  };

  if (!aliyun) {
    const stackKey = e.LOCAL_STACK_KEY;
    return {
      ...common,
      mode: 'local',
      local: { stackKey: stackKey ?? randomBytes(32).toString('base64url'), stackKeyGenerated: !stackKey },
    };
  }
  const hasOss = !cosOnly;
  const cosBuckets = buckets.filter((b) => b.provider === 'cos');
  if (hasOss && !e.BROKER_ROLE_ARN) problem('BROKER_ROLE_ARN', 'is required in aliyun mode for OSS buckets');
  if (cosBuckets.length > 0 && !e.BROKER_TENCENT_ROLE_ARN)
    problem('BROKER_TENCENT_ROLE_ARN', 'is required in aliyun mode for COS buckets');
  if ((hasOss && !e.BROKER_ROLE_ARN) || (cosBuckets.length > 0 && !e.BROKER_TENCENT_ROLE_ARN))
    return undefined;
  const sts = stsEndpoint(e.BROKER_STS_ENDPOINT ?? 'sts.aliyuncs.com');
  const tencentSts = stsEndpoint(e.BROKER_TENCENT_STS_ENDPOINT ?? 'sts.tencentcloudapi.com');
  return {
    ...common,
    mode: 'aliyun',
    ...(e.BROKER_ROLE_ARN
      ? {
          aliyun: {
            roleArn: e.BROKER_ROLE_ARN,
            stsEndpoint: sts.host,
            stsProtocol: sts.protocol,
            externalId: e.BROKER_EXTERNAL_ID,
          },
        }
      : {}),
    ...(e.BROKER_TENCENT_ROLE_ARN && cosBuckets.length > 0
      ? {
          tencent: {
            roleArn: e.BROKER_TENCENT_ROLE_ARN,
            endpoint: tencentSts.host,
            protocol: tencentSts.protocol === 'HTTP' ? ('http://' as const) : ('https://' as const),
            region: e.BROKER_TENCENT_STS_REGION ?? cosBuckets[0]?.region ?? LOCAL_COS_REGION,
          },
        }
      : {}),
  };
}

function durationLimits(
  e: ParsedEnv,
  aliyun: boolean,
  problem: (name: EnvName, message: string) => void,
): DurationLimits {
  const min = e.BROKER_MIN_DURATION ?? STS_MIN_DURATION_SECONDS;
  const max = e.BROKER_MAX_DURATION ?? Math.max(3600, min);
  const fallback = e.BROKER_DEFAULT_DURATION ?? Math.min(3600, max);
  if (aliyun && min < STS_MIN_DURATION_SECONDS) {
    problem(
      'BROKER_MIN_DURATION',
      `is ${min}, but STS grants no less than ${STS_MIN_DURATION_SECONDS} seconds`,
    );
  }
  if (max > STS_MAX_DURATION_SECONDS) problem('BROKER_MAX_DURATION', `exceeds ${STS_MAX_DURATION_SECONDS}`);
  if (min > max) problem('BROKER_MIN_DURATION', `(${min}) is greater than BROKER_MAX_DURATION (${max})`);
  if (fallback < min || fallback > max) {
    problem('BROKER_DEFAULT_DURATION', `(${fallback}) is outside ${min}..${max}`);
  }
  return { min, max, default: Math.min(Math.max(fallback, min), max) };
}

function bucketScopes(
  e: ParsedEnv,
  region: string,
  aliyun: boolean,
  problem: (name: EnvName, message: string) => void,
): BucketScope[] {
  if (e.BROKER_BUCKETS && e.BROKER_BUCKET) {
    problem('BROKER_BUCKET', 'and BROKER_BUCKETS are both set; keep one');
  }
  if (e.BROKER_BUCKETS) {
    const names = new Set<string>();
    return e.BROKER_BUCKETS.map((b) => {
      if (names.has(b.name)) problem('BROKER_BUCKETS', `lists ${b.name} twice`);
      names.add(b.name);
      const { uploadPrefix, wholeBucket, appId, ...rest } = b;
      checkWholeBucket(b.name, b.prefix, wholeBucket, aliyun, (message) =>
        problem('BROKER_BUCKETS', message),
      );
      if (uploadPrefix !== undefined && !b.upload)
        problem('BROKER_BUCKETS', `gives ${b.name} an uploadPrefix without "upload": true`);
      if (uploadPrefix !== undefined && !uploadPrefix.startsWith(b.prefix)) {
        problem(
          'BROKER_BUCKETS',
          `gives ${b.name} the uploadPrefix "${uploadPrefix}", outside its prefix "${b.prefix}"`,
        );
      }
      const cos =
        b.provider === 'cos'
          ? cosBucket({ name: b.name, appId, region: b.region }, aliyun, (message) =>
              problem('BROKER_BUCKETS', message),
            )
          : undefined;
      if (b.provider !== 'cos' && appId !== undefined)
        problem('BROKER_BUCKETS', `gives the OSS bucket ${b.name} an appId (COS buckets only)`);
      if (b.provider !== 'cos' && b.accelerate !== undefined)
        problem(
          'BROKER_BUCKETS',
          `gives the OSS bucket ${b.name} "accelerate" (COS buckets only; OSS acceleration is BROKER_OSS_ACCELERATE_ENDPOINT)`,
        );
      return {
        ...rest,
        region: cos?.region ?? b.region ?? region,
        ...(cos === undefined ? {} : { appId: cos.appId }),
        ...(uploadPrefix === undefined ? {} : { uploadPrefix }),
      };
    });
  }
  const name = e.BROKER_BUCKET ?? (aliyun ? undefined : LOCAL_DEFAULT_BUCKET);
  if (!name) {
    problem('BROKER_BUCKET', 'is required in aliyun mode (or BROKER_BUCKETS)');
    return [];
  }
  checkWholeBucket(name, e.BROKER_PREFIX ?? '', e.BROKER_WHOLE_BUCKET, aliyun, (message) =>
    problem(e.BROKER_PREFIX === undefined ? 'BROKER_WHOLE_BUCKET' : 'BROKER_PREFIX', message),
  );
  return [
    {
      name,
      provider: 'oss',
      region,
      prefix: e.BROKER_PREFIX ?? '',
      upload: e.BROKER_UPLOAD ?? false,
      customDomains: e.BROKER_CUSTOM_DOMAINS ?? [],
    },
  ];
}

const COS_NAME = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?-(\d{5,12})$/;
const LOCAL_COS_REGION = 'ap-guangzhou';

/** A COS bucket: `<name>-<appid>` (the APPID, when given, must be that suffix) and a COS region. */
function cosBucket(
  b: { name: string; appId?: string | undefined; region?: string | undefined },
  aliyun: boolean,
  problem: (message: string) => void,
): { appId: string; region: string } {
  const suffix = COS_NAME.exec(b.name)?.[1];
  if (suffix === undefined)
    problem(`names the COS bucket ${b.name}, which is not <name>-<appid> (e.g. examplebucket-1250000000)`);
  if (b.appId !== undefined && suffix !== undefined && b.appId !== suffix)
    problem(`gives ${b.name} the appId ${b.appId}, but its name ends in ${suffix}`);
  if (b.region === undefined && aliyun)
    problem(`gives the COS bucket ${b.name} no region (e.g. "region": "ap-guangzhou")`);
  return { appId: b.appId ?? suffix ?? '', region: b.region ?? LOCAL_COS_REGION };
}

/**
 * A whole-bucket scope is never implied where it matters: in aliyun mode a bucket without a prefix needs
 * wholeBucket (BROKER_WHOLE_BUCKET) set; asking for both a prefix and the whole bucket is a contradiction.
 * Local mode (oss-local's seeded test buckets) keeps the whole bucket as its default.
 */
function checkWholeBucket(
  bucket: string,
  prefix: string,
  wholeBucket: boolean | undefined,
  aliyun: boolean,
  problem: (message: string) => void,
): void {
  if (wholeBucket === true && prefix !== '')
    problem(`asks for the whole bucket ${bucket} and for the prefix "${prefix}": keep one`);
  if (aliyun && prefix === '' && wholeBucket !== true) {
    problem(
      `gives ${bucket} no prefix: name the folder operators may reach (e.g. "shared/"), or grant the whole bucket explicitly (wholeBucket: true in BROKER_BUCKETS, BROKER_WHOLE_BUCKET=true)`,
    );
  }
}

function ossEndpoints(e: ParsedEnv, region: string, aliyun: boolean): OssEndpoints {
  return {
    region,
    endpoint:
      e.BROKER_OSS_ENDPOINT ?? (aliyun ? `oss-${region}.aliyuncs.com` : `oss-${region}.localhost:9000`),
    secure: e.BROKER_OSS_SECURE ?? aliyun,
    httpsEndpoint: e.BROKER_OSS_HTTPS_ENDPOINT,
    accelerateEndpoint: e.BROKER_OSS_ACCELERATE_ENDPOINT,
  };
}

function stsEndpoint(value: string): { host: string; protocol: 'HTTPS' | 'HTTP' } {
  const match = /^(https?):\/\/(.+?)\/?$/i.exec(value);
  if (!match) return { host: value, protocol: 'HTTPS' };
  return { host: match[2] ?? value, protocol: match[1]?.toLowerCase() === 'http' ? 'HTTP' : 'HTTPS' };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function configError(problems: Problem[]): BrokerConfigError {
  const lines = problems.map((p) => `  - ${p.message}.\n    Fix: ${FIX[p.name]}`);
  return new BrokerConfigError(`Broker configuration is invalid:\n${lines.join('\n')}`);
}
