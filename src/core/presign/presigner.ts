import { toStandardRegion } from '../endpoint/validate-names';
import type { SigningCredentials } from './credentials';
import { createHashKit } from './hash-kit';
import type { SessionOptions, SigningSession } from './signing-session';
import { KeyCache, openSigningSession } from './signing-session';

/**
 * Entry point of the signing core. `createPresigner()` instantiates the hash functions once
 * (WebAssembly, embedded); `session()` expands the keys (cached) and returns a synchronous signer.
 */
export interface Presigner {
  session(credentials: SigningCredentials, options: SessionOptions): Promise<SigningSession>;
}

export async function createPresigner(): Promise<Presigner> {
  const kit = await createHashKit();
  const keys = new KeyCache(kit);
  return {
    session: (credentials, options) =>
      openSigningSession(kit, keys, credentials, { ...options, region: toStandardRegion(options.region) }),
  };
}
