// The broker's configuration after parsing (see env.ts for where each field comes from).

/** What one configured bucket allows: the widest scope a session policy may grant on it. */
export interface BucketScope {
  name: string;
  /** the cloud the bucket lives in: Alibaba Cloud OSS (absent = oss) or Tencent Cloud COS */
  provider?: 'oss' | 'cos';
  /** COS only: the APPID (the suffix of the bucket's name) */
  appId?: string;
  /** OSS region without the `oss-` prefix, e.g. `cn-hangzhou` or `cn-local`; COS region, e.g. `ap-guangzhou` */
  region: string;
  /** key prefix the operator may reach ('' = whole bucket) */
  prefix: string;
  /** grant PutObject and multipart upload actions too */
  upload: boolean;
  /**
   * with upload: the narrower prefix the upload actions apply to (inside `prefix`); absent = `prefix`.
   * Reading and listing keep the whole `prefix`.
   */
  uploadPrefix?: string;
  /** custom domains (CNAME) mapped to the bucket, host[:port] */
  customDomains: string[];
  /** COS only: global acceleration is enabled on the bucket */
  accelerate?: boolean;
}

export interface OperatorToken {
  /** operator identity used in logs and RoleSessionName */
  name: string;
  token: string;
}

export interface DurationLimits {
  min: number;
  max: number;
  default: number;
}

export interface OssEndpoints {
  region: string;
  /** host[:port] of the default endpoint, e.g. `oss-cn-hangzhou.aliyuncs.com` */
  endpoint: string;
  secure: boolean;
  /** local only: host:port of oss-local's HTTPS listener */
  httpsEndpoint?: string;
  /** host[:port] of the accelerate endpoint when the buckets have acceleration enabled */
  accelerateEndpoint?: string;
}

interface CommonConfig {
  host: string;
  port: number;
  /** Host header names the broker answers (DNS rebinding guard); undefined = any (non-loopback, auth on) */
  allowedHosts: string[] | undefined;
  auth: {
    tokens: OperatorToken[];
    /** header set by a trusted reverse proxy (SSO), e.g. `x-forwarded-user` (lower case) */
    trustedHeader?: string;
    /** BROKER_AUTH=none: anonymous operators are `local-operator` (local mode only) */
    anonymous: boolean;
  };
  cors: { origins: string[]; credentials: boolean };
  duration: DurationLimits;
  rateLimitPerMinute: number;
  /** take the client IP from X-Forwarded-For (only behind a proxy you control) */
  trustProxy: boolean;
  oss: OssEndpoints;
  /** COS hosts are `<bucket>.cos.<region>.<domain>` */
  cos: {
    domain: string;
    /** a separate HTTPS listener's `<domain>` (local server): HTTPS links use its port */
    httpsDomain?: string;
    secure: boolean;
  };
  buckets: BucketScope[];
  defaultBucket: string;
  logLevel: string;
}

export interface LocalModeConfig extends CommonConfig {
  mode: 'local';
  local: { stackKey: string; stackKeyGenerated: boolean };
}

/** Tencent Cloud STS AssumeRole, for COS buckets outside local mode. */
export interface TencentStsConfig {
  roleArn: string;
  /** host[:port] */
  endpoint: string;
  protocol: 'https://' | 'http://';
  region: string;
}

export interface AliyunModeConfig extends CommonConfig {
  mode: 'aliyun';
  /** present when a COS bucket is configured */
  tencent?: TencentStsConfig;
  /** absent when only COS buckets are configured */
  aliyun?: {
    roleArn: string;
    /** host[:port] of the STS endpoint */
    stsEndpoint: string;
    stsProtocol: 'HTTPS' | 'HTTP';
    externalId?: string;
  };
}

export type BrokerConfig = LocalModeConfig | AliyunModeConfig;

/** RAM roles allow sessions of 900 s to 43200 s; Tencent's AssumeRole allows up to 43200 s too. */
export const STS_MIN_DURATION_SECONDS = 900;
export const STS_MAX_DURATION_SECONDS = 43200;
export const ANONYMOUS_OPERATOR = 'local-operator';
