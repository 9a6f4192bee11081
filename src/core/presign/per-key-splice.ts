// The per-key parameter's placeholder: compiled into the template once, found again and replaced per key.
import { CoreInputError } from '../errors/core-input-error';
import type { PerKeyParams } from './presign-types';

// Unreserved characters only: every encoding leaves it as is, so it can be found again after encoding.
export const PER_KEY_PLACEHOLDER = 'oss-link-per-key-value-7f3a9c';

/** Splits `text` around the one placeholder it holds: [before, after]. */
export function splitAtPlaceholder(text: string): [string, string] {
  const at = text.indexOf(PER_KEY_PLACEHOLDER);
  if (at < 0 || text.indexOf(PER_KEY_PLACEHOLDER, at + 1) >= 0) {
    throw new CoreInputError(
      'PARAM_INVALID',
      'A signed parameter repeats the per-key placeholder.',
      'Remove the placeholder text from the link options.',
    );
  }
  return [text.slice(0, at), text.slice(at + PER_KEY_PLACEHOLDER.length)];
}

export function perKeyValue(perKey: PerKeyParams, key: string): string {
  const value = perKey.responseContentDisposition(key);
  // An empty value would change the V1 canonical form (`name` without `=`): never produced by dispositions.
  if (value === '') throw new CoreInputError('PARAM_INVALID', 'Empty per-key parameter.', 'Report this.');
  return value;
}
