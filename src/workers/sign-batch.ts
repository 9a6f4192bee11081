import type { KeySigner } from '../core/presign';
import { CoreInputError } from '../core/errors/core-input-error';
import type { SignJobResult } from './sign-protocol';

const encoder = new TextEncoder();

/**
 * Signs keys in order; a key OSS cannot hold becomes a failure, not an exception. Each URL is written
 * as UTF-8 into one buffer as soon as it is made (no array of URL strings kept alive across garbage
 * collections, no join), and the buffer is transferred to the page, not copied.
 */
export function signBatch(sign: KeySigner, keys: readonly string[]): Omit<SignJobResult, 'id'> {
  let buf = new Uint8Array(1024);
  let len = 0;
  const failures: SignJobResult['failures'] = [];
  let expiresAt = 0;
  for (let i = 0; i < keys.length; i++) {
    let url = '';
    try {
      const signed = sign(keys[i]!);
      url = signed.url;
      expiresAt = signed.expiresAt;
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      failures.push({ index: i, message: e.message, problem: e.problem });
    }
    // worst case 3 bytes per UTF-16 unit, plus the separator; sized from the first URL (they are alike)
    if (len + url.length * 3 + 1 > buf.length) {
      const guess = i === 0 ? (url.length + 8) * keys.length : buf.length * 2;
      const next = new Uint8Array(Math.max(guess, len + url.length * 3 + 1));
      next.set(buf.subarray(0, len));
      buf = next;
    }
    if (i > 0) buf[len++] = 10;
    len += encoder.encodeInto(url, buf.subarray(len)).written;
  }
  return { urls: buf.subarray(0, len), expiresAt, failures };
}
