// Presigned COS object URLs (q-sign-algorithm=sha1 in the query string), byte-identical to the official
// SDK's getObjectUrl({ Sign: true }). Everything that does not depend on the key — KeyTime, SignKey and
// its HMAC, the header and parameter lists, the constant parts of HttpString — is computed once per
// template, so bulk signing costs one key encoding, one SHA-1 and one HMAC per URL.
import type { PerKeyParams } from '../presign/presign-types';
import { compileCosKeySigner } from './compile-cos-key-signer';
import type { CosKeySigner, CosPresignedUrl, CosPresignInput, CosPresignTemplate } from './cos-presign-types';
import type { CosSigningSession } from './cos-signing-session';
import { getCosTemplateFields } from './cos-template-fields';

/**
 * Checks the template once and returns a fast synchronous signer for any number of keys. Asynchronous
 * once per template: the Signature's HMAC is keyed by the SignKey, which depends on the template's
 * validity, and keying an HMAC is asynchronous in hash-wasm. With `perKey`, each key gets its own
 * response-content-disposition.
 */
export async function compileCosPresign(
  session: CosSigningSession,
  template: CosPresignTemplate,
  perKey?: PerKeyParams,
): Promise<CosKeySigner> {
  const fields = getCosTemplateFields(template, perKey !== undefined);
  const keyTime = session.keyTime(template.expiresInSeconds);
  const mac = await session.signatureMac(keyTime.keyTime);
  return compileCosKeySigner(session, template, fields, keyTime, mac, perKey);
}

/** Signs one object URL. The session carries the time and the key state. */
export async function presignCosUrl(
  session: CosSigningSession,
  input: CosPresignInput,
): Promise<CosPresignedUrl> {
  return (await compileCosPresign(session, input))(input.key);
}
