// GET /sts?duration=SECONDS[&bucket=B&prefix=P] → temporary credentials scoped by the session policy.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { BrokerConfig } from './broker-config';
import { grantDuration, parseRequestedDuration } from './duration';
import { BrokerError } from './errors';
import type { BrokerEnv } from './hono-env';
import type { CosIssuedKey, CosKeyIssuer } from './cos-issuer';
import { buildCosPolicy } from './cos-policy';
import type { CredentialIssuer, IssuedCredentials } from './issuer';
import { toRoleSessionName } from './operator-auth';
import { buildSessionPolicy, resolveScope, uploadScopeOf } from './session-policy';

/** Alibaba Cloud STS accepts session policies up to 2048 characters (Tencent's limit is larger). */
const MAX_POLICY_LENGTH = 2048;

const stsQuery = z.object({
  duration: z.string().optional(),
  bucket: z.string().max(63).optional(),
  prefix: z.string().max(1023).optional(),
});

export interface StsResponse extends IssuedCredentials {
  /** `oss` (field added for COS; OSS answers keep their fields unchanged) */
  provider: 'oss';
  /** seconds granted: min(requested, max), never below min */
  DurationSeconds: number;
  /** seconds the request asked for, when it named a duration */
  RequestedDurationSeconds?: number;
}

/** A COS bucket's answer: Tencent's temporary key fields, camel-cased as Tencent's STS SDKs name them. */
export interface CosStsResponse extends CosIssuedKey {
  provider: 'cos';
  bucket: string;
  region: string;
  appId: string;
  /** the prefix the key reaches ('' = whole bucket) */
  prefix: string;
  /** with upload: the prefix uploads may write under; absent when read-only */
  uploadPrefix?: string;
  durationSeconds: number;
  requestedDurationSeconds?: number;
}

export interface StsIssuers {
  oss: CredentialIssuer;
  cos: CosKeyIssuer | undefined;
}

export function stsRoute(config: BrokerConfig, issuers: StsIssuers, logger: Logger): Hono<BrokerEnv> {
  return new Hono<BrokerEnv>().get('/', async (c) => {
    const query = stsQuery.safeParse(c.req.query());
    if (!query.success) {
      throw new BrokerError(
        400,
        'InvalidParameter',
        'bucket is at most 63 and prefix at most 1023 characters.',
      );
    }
    const requested = parseRequestedDuration(query.data.duration);
    const { granted } = grantDuration(requested, config.duration);
    const scope = resolveScope(config.buckets, config.defaultBucket, query.data);
    const operator = c.get('operator');
    c.header('Cache-Control', 'no-store');
    c.header('Pragma', 'no-cache');
    const upload = uploadScopeOf(scope);
    const logFields = {
      reqId: c.get('requestId'),
      operator: operator.identity,
      provider: scope.bucket.provider ?? 'oss',
      bucket: scope.bucket.name,
      prefix: scope.prefix,
      upload: upload !== undefined,
      durationSeconds: granted,
      requestedDurationSeconds: requested,
    };
    if (scope.bucket.provider === 'cos') {
      const policy = buildCosPolicy(scope);
      checkPolicyLength(policy);
      if (issuers.cos === undefined)
        throw new BrokerError(500, 'CosNotConfigured', 'This broker has no issuer for COS buckets.');
      const key = await issuers.cos.issue({
        operator: operator.identity,
        sessionName: toRoleSessionName(operator.identity),
        scope,
        policy,
        durationSeconds: granted,
      });
      logger.info({ ...logFields, secretId: key.tmpSecretId, expiration: key.expiration }, 'issued COS key');
      return c.json<CosStsResponse>({
        provider: 'cos',
        tmpSecretId: key.tmpSecretId,
        tmpSecretKey: key.tmpSecretKey,
        sessionToken: key.sessionToken,
        expiration: key.expiration,
        expiredTime: key.expiredTime,
        bucket: scope.bucket.name,
        region: scope.bucket.region,
        appId: scope.bucket.appId ?? '',
        prefix: scope.prefix,
        ...(upload === undefined ? {} : { uploadPrefix: upload }),
        durationSeconds: granted,
        ...(requested === undefined ? {} : { requestedDurationSeconds: requested }),
      });
    }
    const policy = buildSessionPolicy(scope);
    checkPolicyLength(policy);
    const credentials = await issuers.oss.issue({
      operator: operator.identity,
      sessionName: toRoleSessionName(operator.identity),
      policy,
      durationSeconds: granted,
    });
    logger.info(
      { ...logFields, accessKeyId: credentials.AccessKeyId, expiration: credentials.Expiration },
      'issued credentials',
    );
    return c.json<StsResponse>({
      provider: 'oss',
      AccessKeyId: credentials.AccessKeyId,
      AccessKeySecret: credentials.AccessKeySecret,
      SecurityToken: credentials.SecurityToken,
      Expiration: credentials.Expiration,
      DurationSeconds: granted,
      ...(requested === undefined ? {} : { RequestedDurationSeconds: requested }),
    });
  });
}

function checkPolicyLength(policy: unknown): void {
  if (JSON.stringify(policy).length > MAX_POLICY_LENGTH) {
    throw new BrokerError(
      400,
      'PrefixTooLong',
      'The requested prefix makes the session policy too long for STS.',
    );
  }
}
