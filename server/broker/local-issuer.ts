// Local mode: self-contained tokens that oss-local verifies with the same stack key.
import { mintCredentials } from '../local-sts/token';
import type { CredentialIssuer } from './issuer';

export function createLocalIssuer(stackKey: string, nowMs: () => number = Date.now): CredentialIssuer {
  return {
    issue({ operator, policy, durationSeconds }) {
      const iat = Math.floor(nowMs() / 1000);
      return Promise.resolve(
        mintCredentials(stackKey, { iat, exp: iat + durationSeconds, sub: operator, policy }),
      );
    },
  };
}
