// From an AccessKeyId (and SecurityToken) to the secret that must have signed the request and the
// principal it acts as. STS ids are proven by the local token contract (server/local-sts/token.ts).
import { deriveSecret, verifyToken } from '../../local-sts/token';
import { ossErrors } from '../errors';
import { policySchema } from './policy';
import type { Principal } from './principal';

export interface RootAccount {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Early-expiry faults: tokens older than tokenMaxAgeSeconds, or issued at or before expireTokensIssuedBefore (unix s), count as expired. */
export interface TokenExpiryFaults {
  tokenMaxAgeSeconds?: number | undefined;
  expireTokensIssuedBefore?: number | undefined;
  expireTokensIssuedBeforeMs?: number | undefined;
}

export interface CredentialContext {
  stackKey: string;
  rootAccount: RootAccount | undefined;
  nowSeconds: number;
  faults: TokenExpiryFaults;
}

export interface ResolvedCredentials {
  secret: string;
  principal: Exclude<Principal, { kind: 'anonymous' }>;
}

const STS_PREFIX = 'STS.';

export function resolveCredentials(
  accessKeyId: string,
  securityToken: string | undefined,
  ctx: CredentialContext,
): ResolvedCredentials {
  if (!accessKeyId.startsWith(STS_PREFIX)) {
    const root = ctx.rootAccount;
    if (root === undefined || root.accessKeyId !== accessKeyId)
      throw ossErrors.invalidAccessKeyId(accessKeyId);
    return { secret: root.accessKeySecret, principal: { kind: 'root', accessKeyId } };
  }
  if (securityToken === undefined) throw ossErrors.invalidAccessKeyId(accessKeyId, true);

  const check = verifyToken(ctx.stackKey, securityToken, accessKeyId, ctx.nowSeconds);
  if (!check.ok)
    throw check.reason === 'expired' ? ossErrors.securityTokenExpired() : ossErrors.invalidSecurityToken();
  const { claims } = check;

  const { tokenMaxAgeSeconds, expireTokensIssuedBefore, expireTokensIssuedBeforeMs } = ctx.faults;
  if (tokenMaxAgeSeconds !== undefined && ctx.nowSeconds - claims.iat >= tokenMaxAgeSeconds) {
    throw ossErrors.securityTokenExpired();
  }
  if (expireTokensIssuedBefore !== undefined && claims.iat <= expireTokensIssuedBefore) {
    throw ossErrors.securityTokenExpired();
  }
  if (
    expireTokensIssuedBeforeMs !== undefined &&
    (claims.iatMs ?? claims.iat * 1000) < expireTokensIssuedBeforeMs
  ) {
    throw ossErrors.securityTokenExpired();
  }

  const policy = policySchema.safeParse(claims.policy);
  if (!policy.success) throw ossErrors.invalidSecurityToken();
  return {
    secret: deriveSecret(ctx.stackKey, accessKeyId),
    principal: { kind: 'sts', accessKeyId, claims, policy: policy.data },
  };
}
