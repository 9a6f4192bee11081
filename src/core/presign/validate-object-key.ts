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
    throw new CoreInputError(
      'KEY_EMPTY',
      'The object key is empty.',
      'Choose an object, or type its full key.',
    );
  }
  const first = key.charCodeAt(0);
  if (first === 0x2f || first === 0x5c) {
    throw new CoreInputError(
      'KEY_LEADING_SLASH',
      `The object key "${key.slice(0, 40)}" starts with "${key[0]}", which OSS does not allow.`,
      'Remove the leading slash: keys are relative to the bucket, e.g. "photos/a.jpg".',
    );
  }
  const bytes = utf8ByteLengthOrInvalid(key);
  if (bytes < 0) {
    throw new CoreInputError(
      'KEY_INVALID_UNICODE',
      'The object key contains a broken Unicode character (a lone surrogate).',
      'Retype the key; it must be valid UTF-8.',
    );
  }
  if (bytes > MAX_KEY_BYTES) {
    throw new CoreInputError(
      'KEY_TOO_LONG',
      `The object key is ${bytes} bytes long in UTF-8; OSS allows at most ${MAX_KEY_BYTES}.`,
      'Use a shorter key.',
    );
  }
}
