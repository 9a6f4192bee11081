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
    throw new CoreInputError({ code: 'KEY_LEADING_SLASH', key, char: key[0]!, cloud: 'COS' });
  }
  const bytes = utf8ByteLengthOrInvalid(key);
  if (bytes > COS_MAX_KEY_BYTES) {
    throw new CoreInputError({ code: 'KEY_TOO_LONG', bytes, max: COS_MAX_KEY_BYTES, cloud: 'COS' });
  }
  const bad = COS_FORBIDDEN.exec(key);
  if (bad) {
    throw new CoreInputError({
      code: 'KEY_INVALID_CHARACTER',
      codePoint: bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'),
      cloud: 'COS',
    });
  }
  validateObjectKey(key);
}
