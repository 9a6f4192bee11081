import { CoreInputError } from '../errors/core-input-error';
import { MAX_KEY_BYTES } from './constants';

/**
 * UTF-8 byte length of `value`, or -1 when it holds a lone surrogate (not encodable as UTF-8).
 * One pass, no allocation: keys are checked once per signed URL.
 */
export function utf8ByteLengthOrInvalid(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return -1;
      bytes += 4;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return -1;
    else bytes += 3;
  }
  return bytes;
}

export function utf8ByteLength(value: string): number {
  return Math.max(0, utf8ByteLengthOrInvalid(value));
}

/** Throws a CoreInputError when `key` cannot name an OSS object. */
export function validateObjectKey(key: string): void {
  if (key.length === 0) {
    throw new CoreInputError({ code: 'KEY_EMPTY' });
  }
  const first = key.charCodeAt(0);
  if (first === 0x2f || first === 0x5c) {
    throw new CoreInputError({ code: 'KEY_LEADING_SLASH', key, char: key[0]!, cloud: 'OSS' });
  }
  const bytes = utf8ByteLengthOrInvalid(key);
  if (bytes < 0) {
    throw new CoreInputError({ code: 'KEY_INVALID_UNICODE' });
  }
  if (bytes > MAX_KEY_BYTES) {
    throw new CoreInputError({ code: 'KEY_TOO_LONG', bytes, max: MAX_KEY_BYTES, cloud: 'OSS' });
  }
}
