// Local mode: self-contained tokens that oss-local verifies with the same stack key.
import { mintCredentials } from '../local-sts/token';
import type { CredentialIssuer } from './issuer';

export function createLocalIssuer(stackKey: string, nowMs: () => number = Date.now): CredentialIssuer {
  return {
    issue({ operator, policy, durationSeconds }) {
      const iatMs = nowMs();
      const iat = Math.floor(iatMs / 1000);
      return Promise.resolve(
        mintCredentials(stackKey, { iat, iatMs, exp: iat + durationSeconds, sub: operator, policy }),
      );
    },
  };
}
