// Aliyun mode: a real AssumeRole through the official SDK. The broker's own identity comes from the
// @alicloud/credentials default chain (environment AK, OIDC in ACK/FC, ECS RAM role...), never a file of
// ours; the session policy narrows the role to the operator's bucket/prefix and actions.
import CredentialModule from '@alicloud/credentials';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import StsModule, { AssumeRoleRequest } from '@alicloud/sts20150401';
import type { AliyunModeConfig } from './broker-config';
import { mapStsError } from './aliyun-errors';
import { BrokerError } from './errors';
import type { CredentialIssuer, IssuedCredentials } from './issuer';

/** Under plain Node ESM a CommonJS default export arrives wrapped in `{ default }`; bundlers unwrap it. */
function interopDefault<T>(mod: T): T {
  if (typeof mod === 'function') return mod;
  return (mod as { default?: T }).default ?? mod;
}
const StsClient = interopDefault(StsModule);
const Credential = interopDefault(CredentialModule);

export interface AliyunIssuerOptions {
  sts: NonNullable<AliyunModeConfig['aliyun']>;
  /** test seam: base credentials; defaults to the SDK's default chain */
  credential?: InstanceType<typeof Credential>;
  timeoutMs?: number;
}

export function createAliyunIssuer(options: AliyunIssuerOptions): CredentialIssuer {
  const { sts } = options;
  const client = new StsClient(
    new $OpenApiUtil.Config({
      credential: options.credential ?? new Credential(),
      endpoint: sts.stsEndpoint,
      protocol: sts.stsProtocol,
      connectTimeout: options.timeoutMs ?? 5000,
      readTimeout: options.timeoutMs ?? 10000,
    }),
  );
  return {
    async issue({ sessionName, policy, durationSeconds }) {
      const request = new AssumeRoleRequest({
        roleArn: sts.roleArn,
        roleSessionName: sessionName,
        policy: JSON.stringify(policy),
        durationSeconds,
        ...(sts.externalId ? { externalId: sts.externalId } : {}),
      });
      let answer: Awaited<ReturnType<typeof client.assumeRole>>;
      try {
        answer = await client.assumeRole(request);
      } catch (err) {
        throw mapStsError(err);
      }
      return toFlatCredentials(answer.body?.credentials);
    },
  };
}

function toFlatCredentials(
  c:
    | { accessKeyId?: string; accessKeySecret?: string; securityToken?: string; expiration?: string }
    | undefined,
): IssuedCredentials {
  if (!c?.accessKeyId || !c.accessKeySecret || !c.securityToken || !c.expiration) {
    throw new BrokerError(
      502,
      'StsBadAnswer',
      'STS answered AssumeRole without complete Credentials; see the broker log.',
    );
  }
  return {
    AccessKeyId: c.accessKeyId,
    AccessKeySecret: c.accessKeySecret,
    SecurityToken: c.securityToken,
    Expiration: new Date(c.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
