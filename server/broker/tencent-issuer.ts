// Tencent mode for COS buckets: real temporary keys from Tencent Cloud STS AssumeRole
// (https://www.tencentcloud.com/document/product/598/33164, sts.tencentcloudapi.com, API 2018-08-13) through
// the official tencentcloud-sdk-nodejs-sts, which signs the call with TC3-HMAC-SHA256.
//
// Why AssumeRole and not GetFederationToken: the broker's own key then needs only sts:AssumeRole on one
// role, the role's policy bounds what any key can do, the least-privilege policy below narrows it per
// request (the key gets the intersection), sessions reach 43200 s, and it is the same model as the
// Alibaba Cloud mode. GetFederationToken would need the broker's key itself to hold every COS permission.
//
// The broker's identity comes from its environment only (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY,
// optional TENCENTCLOUD_SESSION_TOKEN), read at each call: never from a file (the SDK's profile file is
// deliberately not used).
import type { Agent } from 'node:http';
import { sts } from 'tencentcloud-sdk-nodejs-sts';
import type { TencentStsConfig } from './broker-config';
import type { CosIssuedKey, CosKeyIssuer } from './cos-issuer';
import { BrokerError } from './errors';

export interface TencentIssuerOptions {
  sts: TencentStsConfig;
  /** where the broker's own key is read from (default process.env) */
  env?: Record<string, string | undefined>;
  /** test seam: the HTTP agent (a test's fake STS on loopback) */
  agent?: Agent;
  timeoutSeconds?: number;
}

export function createTencentIssuer(options: TencentIssuerOptions): CosKeyIssuer {
  const env = options.env ?? process.env;
  const client = new sts.v20180813.Client({
    credential: {
      // the SDK calls this before every request: a rotated environment key is picked up
      getCredential: () => {
        const secretId = env.TENCENTCLOUD_SECRET_ID;
        const secretKey = env.TENCENTCLOUD_SECRET_KEY;
        if (!secretId || !secretKey) return Promise.reject(missingKey());
        return Promise.resolve({ secretId, secretKey, token: env.TENCENTCLOUD_SESSION_TOKEN ?? '' });
      },
    },
    region: options.sts.region,
    profile: {
      httpProfile: {
        endpoint: options.sts.endpoint,
        protocol: options.sts.protocol,
        reqTimeout: options.timeoutSeconds ?? 10,
        ...(options.agent === undefined ? {} : { agent: options.agent }),
      },
    },
  });
  return {
    async issue({ sessionName, policy, durationSeconds }) {
      if (!env.TENCENTCLOUD_SECRET_ID || !env.TENCENTCLOUD_SECRET_KEY) throw missingKey();
      let answer: Awaited<ReturnType<typeof client.AssumeRole>>;
      try {
        answer = await client.AssumeRole({
          RoleArn: options.sts.roleArn,
          RoleSessionName: sessionName,
          DurationSeconds: durationSeconds,
          // "该参数需要做urlencode": the service URL-decodes the policy before applying it
          Policy: encodeURIComponent(JSON.stringify(policy)),
        });
      } catch (err) {
        throw mapTencentError(err);
      }
      return toKey(answer);
    },
  };
}

function missingKey(): BrokerError {
  return new BrokerError(
    500,
    'TencentCredentialsMissing',
    'The broker has no Tencent Cloud key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in its environment.',
  );
}

function toKey(answer: {
  Credentials?: { Token?: string; TmpSecretId?: string; TmpSecretKey?: string };
  ExpiredTime?: number;
  Expiration?: string;
}): CosIssuedKey {
  const c = answer.Credentials;
  if (!c?.Token || !c.TmpSecretId || !c.TmpSecretKey || answer.ExpiredTime === undefined) {
    throw new BrokerError(
      502,
      'StsBadAnswer',
      'Tencent STS answered AssumeRole without complete Credentials.',
    );
  }
  return {
    tmpSecretId: c.TmpSecretId,
    tmpSecretKey: c.TmpSecretKey,
    sessionToken: c.Token,
    expiration: new Date(answer.ExpiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    expiredTime: answer.ExpiredTime,
  };
}

/** Tencent's error codes (AuthFailure.*, InvalidParameter.*, …) as broker errors; no secret is echoed. */
function mapTencentError(err: unknown): BrokerError {
  if (err instanceof BrokerError) return err;
  const e = err as { code?: string; message?: string; requestId?: string };
  const code = typeof e.code === 'string' && e.code !== '' ? e.code : 'NetworkError';
  const detail = `Tencent STS AssumeRole failed: ${code}${e.requestId ? ` (RequestId ${e.requestId})` : ''}.`;
  if (code.startsWith('AuthFailure'))
    return new BrokerError(
      502,
      'StsAuthFailure',
      `${detail} Check TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY.`,
    );
  if (code.startsWith('InvalidParameter'))
    return new BrokerError(
      502,
      'StsInvalidParameter',
      `${detail} Check BROKER_TENCENT_ROLE_ARN and the bucket scope.`,
    );
  return new BrokerError(502, 'StsUnavailable', detail);
}
