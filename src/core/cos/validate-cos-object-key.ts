// COS object keys, per "Object Overview" (naming rules): any UTF-8, at most 850 bytes, not starting with
// "/" or "\", and none of the control characters CAN, EM, SUB, ESC (0x18–0x1B). The empty-key and
// broken-Unicode rules are OSS's, so that check is reused; only the differences are written here, and
// checked first so that no message names OSS or its 1023-byte limit.
import { CoreInputError } from '../errors/core-input-error';
import { utf8ByteLengthOrInvalid, validateObjectKey } from '../presign/validate-object-key';
import { COS_MAX_KEY_BYTES } from './constants';

// eslint-disable-next-line no-control-regex -- these control characters are what COS refuses
const COS_FORBIDDEN = /[\u0018-\u001b]/;

/** Throws a CoreInputError when `key` cannot name a COS object. */
export function validateCosObjectKey(key: string): void {
  const first = key.charCodeAt(0);
  if (first === 0x2f || first === 0x5c) {
    throw new CoreInputError(
      'KEY_LEADING_SLASH',
      `The object key "${key.slice(0, 40)}" starts with "${key[0]}", which COS does not allow.`,
      'Remove the leading slash: keys are relative to the bucket, e.g. "photos/a.jpg".',
    );
  }
  const bytes = utf8ByteLengthOrInvalid(key);
  if (bytes > COS_MAX_KEY_BYTES) {
    throw new CoreInputError(
      'KEY_TOO_LONG',
      `The object key is ${bytes} bytes long in UTF-8; COS allows at most ${COS_MAX_KEY_BYTES}.`,
      'Use a shorter key.',
    );
  }
  const bad = COS_FORBIDDEN.exec(key);
  if (bad) {
    throw new CoreInputError(
      'KEY_INVALID_CHARACTER',
      `The object key contains the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which COS does not allow (CAN, EM, SUB and ESC are refused).`,
      'Rename the object without control characters.',
    );
  }
  validateObjectKey(key);
}
