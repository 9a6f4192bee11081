// GET /sts?duration=SECONDS[&bucket=B&prefix=P] → temporary credentials scoped by the session policy.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { BrokerConfig } from './broker-config';
import { grantDuration, parseRequestedDuration } from './duration';
import { BrokerError } from './errors';
import type { BrokerEnv } from './hono-env';
import type { CredentialIssuer, IssuedCredentials } from './issuer';
import { toRoleSessionName } from './operator-auth';
import { buildSessionPolicy, resolveScope, uploadScopeOf } from './session-policy';

/** STS accepts session policies up to 2048 characters. */
const MAX_POLICY_LENGTH = 2048;

const stsQuery = z.object({
  duration: z.string().optional(),
  bucket: z.string().max(63).optional(),
  prefix: z.string().max(1023).optional(),
});

export interface StsResponse extends IssuedCredentials {
  /** seconds granted: min(requested, max), never below min */
  DurationSeconds: number;
  /** seconds the request asked for, when it named a duration */
  RequestedDurationSeconds?: number;
}

export function stsRoute(config: BrokerConfig, issuer: CredentialIssuer, logger: Logger): Hono<BrokerEnv> {
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
    const policy = buildSessionPolicy(scope);
    if (JSON.stringify(policy).length > MAX_POLICY_LENGTH) {
      throw new BrokerError(
        400,
        'PrefixTooLong',
        'The requested prefix makes the session policy too long for STS.',
      );
    }
    const operator = c.get('operator');
    const credentials = await issuer.issue({
      operator: operator.identity,
      sessionName: toRoleSessionName(operator.identity),
      policy,
      durationSeconds: granted,
    });
    logger.info(
      {
        reqId: c.get('requestId'),
        operator: operator.identity,
        bucket: scope.bucket.name,
        prefix: scope.prefix,
        upload: uploadScopeOf(scope) !== undefined,
        durationSeconds: granted,
        requestedDurationSeconds: requested,
        accessKeyId: credentials.AccessKeyId,
        expiration: credentials.Expiration,
      },
      'issued credentials',
    );
    c.header('Cache-Control', 'no-store');
    c.header('Pragma', 'no-cache');
    return c.json<StsResponse>({
      AccessKeyId: credentials.AccessKeyId,
      AccessKeySecret: credentials.AccessKeySecret,
      SecurityToken: credentials.SecurityToken,
      Expiration: credentials.Expiration,
      DurationSeconds: granted,
      ...(requested === undefined ? {} : { RequestedDurationSeconds: requested }),
    });
  });
}
