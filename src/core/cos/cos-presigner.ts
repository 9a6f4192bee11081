import { createHashKit } from '../presign/hash-kit';
import { KeyCache } from '../presign/signing-session';
import type { CosCredentials, CosSessionOptions, CosSigningSession } from './cos-signing-session';
import { openCosSigningSession, validateCosCredentials } from './cos-signing-session';

/**
 * Entry point of the COS signing core. `createCosPresigner()` instantiates the hash functions once
 * (WebAssembly, embedded); `session()` expands the SecretKey (cached per secret) and returns a session.
 */
export interface CosPresigner {
  session(credentials: CosCredentials, options: CosSessionOptions): Promise<CosSigningSession>;
}

export async function createCosPresigner(): Promise<CosPresigner> {
  const kit = await createHashKit();
  // SignKey = HMAC-SHA1(SecretKey, KeyTime): the keyed state is OSS V1's (HMAC-SHA1 keyed by a secret).
  const keys = new KeyCache(kit);
  return {
    async session(credentials, options) {
      validateCosCredentials(credentials);
      return openCosSigningSession(kit, await keys.v1(credentials.secretKey), credentials, options);
    },
  };
}
