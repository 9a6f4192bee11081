// Where COS temporary keys come from: the local minter (cos-local verifies them with the same stack key)
// or Tencent Cloud STS AssumeRole (tencent-issuer.ts).
import { mintCosKey } from '../local-sts/cos-token';
import type { CosPolicy } from './cos-policy';
import type { SessionScope } from './session-policy';
import { uploadScopeOf } from './session-policy';

export interface CosIssueRequest {
  operator: string;
  sessionName: string;
  scope: SessionScope;
  policy: CosPolicy;
  durationSeconds: number;
}

export interface CosIssuedKey {
  tmpSecretId: string;
  tmpSecretKey: string;
  sessionToken: string;
  /** ISO 8601 UTC, whole seconds */
  expiration: string;
  /** unix seconds */
  expiredTime: number;
}

export interface CosKeyIssuer {
  issue(request: CosIssueRequest): Promise<CosIssuedKey>;
}

export function createLocalCosIssuer(stackKey: string, nowMs: () => number = Date.now): CosKeyIssuer {
  return {
    issue({ operator, scope, policy, durationSeconds }) {
      const iatMs = nowMs();
      const iat = Math.floor(iatMs / 1000);
      const uploadPrefix = uploadScopeOf(scope);
      return Promise.resolve(
        mintCosKey(stackKey, {
          iat,
          iatMs,
          exp: iat + durationSeconds,
          sub: operator,
          scope: {
            bucket: scope.bucket.name,
            region: scope.bucket.region,
            prefix: scope.prefix,
            actions: policy.statement.flatMap((s) => s.action),
            ...(uploadPrefix === undefined || uploadPrefix === scope.prefix ? {} : { uploadPrefix }),
          },
        }),
      );
    },
  };
}
