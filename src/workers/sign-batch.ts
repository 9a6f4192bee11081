import type { KeySigner } from '../core/presign';
import { CoreInputError } from '../core/errors/core-input-error';
import type { SignJobResult } from './sign-protocol';

/** Signs keys in order; a key OSS cannot hold becomes a failure, not an exception. */
export function signBatch(sign: KeySigner, keys: readonly string[]): Omit<SignJobResult, 'id'> {
  const urls: string[] = new Array<string>(keys.length);
  const failures: SignJobResult['failures'] = [];
  let expiresAt = 0;
  for (let i = 0; i < keys.length; i++) {
    try {
      const signed = sign(keys[i]!);
      urls[i] = signed.url;
      expiresAt = signed.expiresAt;
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      urls[i] = '';
      failures.push({ index: i, message: e.message });
    }
  }
  return { urls: urls.join('\n'), expiresAt, failures };
}
