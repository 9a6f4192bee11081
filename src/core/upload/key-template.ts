// Upload-link keys: the operator types a key, or a template with `{random}`, so a link handed to an
// outsider cannot be guessed from another one and cannot overwrite an existing object by accident.
import { CoreInputError } from '../errors/core-input-error';
import { validateObjectKey } from '../presign/validate-object-key';

export const RANDOM_PLACEHOLDER = '{random}';
/** 12 characters of a 32-letter alphabet: 60 bits, enough that two links never collide */
export const RANDOM_SUFFIX_LENGTH = 12;
export const RANDOM_BYTES_NEEDED = Math.ceil((RANDOM_SUFFIX_LENGTH * 5) / 8);

// Crockford's base32, lower case (no i, l, o, u): URL-, shell- and spreadsheet-safe, easy to read aloud.
const SAFE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** RANDOM_SUFFIX_LENGTH characters from `bytes` (at least RANDOM_BYTES_NEEDED of them), 5 bits each. */
export function randomSuffix(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_BYTES_NEEDED) {
    throw new RangeError(`randomSuffix needs ${RANDOM_BYTES_NEEDED} random bytes, got ${bytes.length}.`);
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < RANDOM_SUFFIX_LENGTH) {
      out += SAFE_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === RANDOM_SUFFIX_LENGTH) break;
  }
  return out;
}

/** Where `-{random}` goes when the operator asks for a suffix: before the last name's extension. */
export function withRandomPlaceholder(key: string): string {
  if (key.includes(RANDOM_PLACEHOLDER)) return key;
  const slash = key.lastIndexOf('/');
  const name = key.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const at = dot > 0 ? slash + 1 + dot : key.length;
  return `${key.slice(0, at)}-${RANDOM_PLACEHOLDER}${key.slice(at)}`;
}

/**
 * The key an upload link writes: `{random}` replaced by a fresh suffix. Throws CoreInputError for a
 * template that cannot name an object (ends with "/", empty, too long…).
 */
export function expandKeyTemplate(template: string, random: Uint8Array): string {
  if (template.endsWith('/')) {
    throw new CoreInputError({ code: 'KEY_TEMPLATE_FOLDER', template });
  }
  const key = template.split(RANDOM_PLACEHOLDER).join(randomSuffix(random));
  validateObjectKey(key);
  return key;
}
