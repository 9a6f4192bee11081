// Presigned object URLs (V1 and V4), byte-identical to the official SDK's signatureUrl / signatureUrlV4.
// Everything that does not depend on the key is computed once per template (`compilePresign`, then
// compile-v1 / compile-v4), so bulk signing costs one key encoding and one or two hashes per URL.
import { CoreInputError } from '../errors/core-input-error';
import { validateBucketName } from '../endpoint/validate-names';
import type { QueryEntry } from './canonical-v1';
import { compileV1 } from './compile-v1';
import { compileV4 } from './compile-v4';
import { V4_MAX_EXPIRES_SECONDS } from './constants';
import { PER_KEY_PLACEHOLDER } from './per-key-splice';
import type {
  KeySigner,
  PerKeyParams,
  PresignedUrl,
  PresignInput,
  PresignTemplate,
  SignatureVersion,
} from './presign-types';
import { getSignedParamEntries } from './signed-params';
import type { SigningSession } from './signing-session';

export type {
  KeySigner,
  PerKeyParams,
  PresignedUrl,
  PresignInput,
  PresignMethod,
  PresignTemplate,
  SignatureVersion,
} from './presign-types';

function checkExpires(version: SignatureVersion, seconds: number): void {
  const max = version === 'v4' ? V4_MAX_EXPIRES_SECONDS : Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw new CoreInputError(
      version === 'v4'
        ? { code: 'V4_EXPIRES_OUT_OF_RANGE', seconds, max: V4_MAX_EXPIRES_SECONDS }
        : { code: 'V1_EXPIRES_INVALID', seconds },
    );
  }
}

/**
 * Checks the template once and returns a fast synchronous signer for any number of keys. With `perKey`,
 * the template's response-content-disposition is replaced by each key's own value.
 */
export function compilePresign(
  session: SigningSession,
  template: PresignTemplate,
  perKey?: PerKeyParams,
): KeySigner {
  validateBucketName(template.bucket);
  checkExpires(template.version, template.expiresInSeconds);
  const params = perKey
    ? { ...template.params, responseContentDisposition: PER_KEY_PLACEHOLDER }
    : template.params;
  const entries: QueryEntry[] = getSignedParamEntries(params);
  if (template.query) entries.push(...template.query);
  return template.version === 'v4'
    ? compileV4(session, template, entries, perKey)
    : compileV1(session, template, entries, perKey);
}

/** Signs one object URL. Pure and synchronous: the session carries the time and the key state. */
export function presignUrl(session: SigningSession, input: PresignInput): PresignedUrl {
  return compilePresign(session, input)(input.key);
}
