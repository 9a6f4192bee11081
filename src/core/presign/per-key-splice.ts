// The per-key parameter's placeholder: compiled into the template once, found again and replaced per key.
import { CoreInputError } from '../errors/core-input-error';
import type { PerKeyParams } from './presign-types';

// Unreserved characters only: every encoding leaves them as they are, so they can be found again after
// encoding. The key's stands for the object key while a template's canonical request is built once.
export const PER_KEY_PLACEHOLDER = 'oss-link-per-key-value-7f3a9c';
export const KEY_PLACEHOLDER = 'oss-link-object-key-2b61e8';

/** Splits `text` around the one placeholder it holds: [before, after]. */
export function splitAtPlaceholder(
  text: string,
  placeholder: string = PER_KEY_PLACEHOLDER,
): [string, string] {
  const at = text.indexOf(placeholder);
  if (at < 0 || text.indexOf(placeholder, at + 1) >= 0) {
    throw new CoreInputError({ code: 'PLACEHOLDER_REPEATED' });
  }
  return [text.slice(0, at), text.slice(at + placeholder.length)];
}

export function perKeyValue(perKey: PerKeyParams, key: string): string {
  const value = perKey.responseContentDisposition(key);
  // An empty value would change the V1 canonical form (`name` without `=`): never produced by dispositions.
  if (value === '') throw new CoreInputError({ code: 'PER_KEY_PARAM_EMPTY' });
  return value;
}
