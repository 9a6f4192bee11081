/**
 * Tencent Cloud COS signing core: the COS request signature (q-sign-algorithm=sha1, "Request Signature",
 * https://cloud.tencent.com/document/product/436/7778) and presigned object URLs, pure and clock-injected,
 * the sibling of src/core/presign (OSS). Not wired into export, the URL panel or upload yet.
 *
 * - `createCosPresigner()` → `presigner.session(credentials, { now, startTime? })`: hash functions
 *   (hash-wasm) instantiated once, the SecretKey's HMAC state cached per secret.
 * - `compileCosPresign(session, template, perKey?)` → a synchronous per-key signer (GET, HEAD, PUT):
 *   KeyTime, SignKey and its HMAC, q-header-list (host, and for PUT content-type / content-md5 / x-cos-*),
 *   q-url-param-list (versionId, x-cos-traffic-limit, response-*), the constant parts of HttpString are
 *   made once; per key: one key encoding, one SHA-1, one HMAC. Temporary keys add `x-cos-security-token`.
 *   URLs are byte-identical to cos-js-sdk-v5 `getObjectUrl({ Sign: true })` (src/oracle).
 * - `presignCosUrl(session, input)`: one URL.
 * - `authorizeCosRequest(session, request)`: one request with every intermediate of the documentation
 *   (SignKey, HttpString, StringToSign, Signature) and the `Authorization` header value.
 * - Hosts: `resolveCosObjectOrigin` — `<bucket>-<appid>.cos.<region>.myqcloud.com`, global acceleration
 *   `<bucket>-<appid>.cos.accelerate.myqcloud.com`, custom domains, endpoint overrides with ports
 *   (`*.localhost:PORT`), HTTP/HTTPS.
 * - Names: `validateCosBucketName` (BucketName-APPID, 60-character host rule), `validateCosRegion`,
 *   `validateCosObjectKey` (850 bytes, no leading `/` or `\`, no CAN/EM/SUB/ESC); CoreInputError with a fix.
 * - The steps, for tools and tests: `getCosKeyTime`, `getCosHttpPairs`, `getCosHttpString`,
 *   `getCosStringToSign`, `getCosAuthorization`, `getCosAuthorizationQuery`.
 *
 * Not modelled: COS data-processing parameters (ci-process, imageMogr2 …), POST Object form signatures.
 */
export type { CosAuthorizationFields } from './authorization';
export { getCosAuthorization, getCosAuthorizationQuery } from './authorization';
export type { CosRequestToSign, CosSignedRequest } from './authorize-cos-request';
export { authorizeCosRequest } from './authorize-cos-request';
export type { CosPresigner } from './cos-presigner';
export { createCosPresigner } from './cos-presigner';
export type {
  CosKeySigner,
  CosPresignedUrl,
  CosPresignInput,
  CosPresignTemplate,
  PerKeyParams,
  PresignMethod,
} from './cos-presign-types';
export type { CosSignedParams } from './cos-signed-params';
export type { CosCredentials, CosSessionOptions, CosSigningSession } from './cos-signing-session';
export type { CosField, CosHttpPairs } from './http-pairs';
export { getCosHttpPairs } from './http-pairs';
export { getCosHttpString } from './http-string';
export type { CosKeyTime } from './key-time';
export { getCosKeyTime } from './key-time';
export { compileCosPresign, presignCosUrl } from './presign-cos-url';
export { resolveCosObjectOrigin } from './resolve-cos-origin';
export { getCosStringToSign } from './string-to-sign';
export { validateCosObjectKey } from './validate-cos-object-key';
export { cosDefaultHost, validateCosBucketName, validateCosRegion } from './validate-cos-names';
export { COS_MAX_KEY_BYTES } from './constants';
