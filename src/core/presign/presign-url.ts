// Presigned object URLs (V1 and V4), byte-identical to the official SDK's signatureUrl / signatureUrlV4.
// Everything that does not depend on the key is computed once per template (`compilePresign`), so bulk
// signing costs one key encoding and one or two hashes per URL.
import { CoreInputError } from '../errors/core-input-error';
import type { ObjectOrigin } from '../endpoint/resolve-object-origin';
import { validateBucketName } from '../endpoint/validate-names';
import type { QueryEntry } from './canonical-v1';
import { getCanonicalOssHeadersV1, getCanonicalSubresourcesV1 } from './canonical-v1';
import { getCanonicalHeadersV4, getCanonicalQueryV4, normalizeAdditionalHeaders } from './canonical-v4';
import {
  V1_QUERY_ACCESS_KEY_ID,
  V1_QUERY_EXPIRES,
  V1_QUERY_SECURITY_TOKEN,
  V1_QUERY_SIGNATURE,
  V4_ALGORITHM,
  V4_HEADER_CONTENT_SHA256,
  V4_MAX_EXPIRES_SECONDS,
  V4_QUERY_ADDITIONAL_HEADERS,
  V4_QUERY_CREDENTIAL,
  V4_QUERY_DATE,
  V4_QUERY_EXPIRES,
  V4_QUERY_SECURITY_TOKEN,
  V4_QUERY_SIGNATURE,
  V4_QUERY_SIGNATURE_VERSION,
  V4_UNSIGNED_PAYLOAD,
} from './constants';
import { encodeKeyForPath, encodeQueryComponent as q, encodeRfc3986 } from './encode-uri';
import type { SignedParams } from './signed-params';
import { getSignedParamEntries } from './signed-params';
import type { SigningSession } from './signing-session';
import { validateObjectKey } from './validate-object-key';

export type PresignMethod = 'GET' | 'HEAD' | 'PUT';
export type SignatureVersion = 'v1' | 'v4';

/** Everything about a presigned URL but the key. */
export interface PresignTemplate {
  method?: PresignMethod | undefined;
  version: SignatureVersion;
  bucket: string;
  origin: ObjectOrigin;
  expiresInSeconds: number;
  params?: SignedParams | undefined;
  /** other signed query parameters, after `params` in the URL (sub-resources the UI does not model) */
  query?: readonly QueryEntry[] | undefined;
  /** PUT: the Content-Type the uploader must send (signed) */
  contentType?: string | undefined;
  /** PUT: the Content-MD5 the uploader must send (signed) */
  contentMd5?: string | undefined;
  /** other headers the client will send: V1 signs their x-oss-* ones; V4 those and `additionalHeaders` */
  headers?: Readonly<Record<string, string>> | undefined;
  additionalHeaders?: readonly string[] | undefined;
}

export interface PresignInput extends PresignTemplate {
  key: string;
}

export interface PresignedUrl {
  url: string;
  method: PresignMethod;
  version: SignatureVersion;
  /** when the URL stops working by its own terms, ms since the epoch (not counting the credentials) */
  expiresAt: number;
}

/** Signs one key with a compiled template. Throws CoreInputError for a key OSS cannot hold. */
export type KeySigner = (key: string) => PresignedUrl;

/**
 * A signed parameter whose value depends on the key (an attachment named after each object). The template
 * is compiled once with a placeholder; per key only the value is spliced into the precomputed strings.
 * The parameter's place in the sorted canonical query depends on its name alone, so the result is
 * byte-identical to compiling the template again for every key.
 */
export interface PerKeyParams {
  responseContentDisposition(key: string): string;
}

// Unreserved characters only: every encoding leaves it as is, so it can be found again after encoding.
const PER_KEY_PLACEHOLDER = 'oss-link-per-key-value-7f3a9c';

/** Splits `text` around the one placeholder it holds: [before, after]. */
function splitAtPlaceholder(text: string): [string, string] {
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

function perKeyValue(perKey: PerKeyParams, key: string): string {
  const value = perKey.responseContentDisposition(key);
  // An empty value would change the V1 canonical form (`name` without `=`): never produced by dispositions.
  if (value === '') throw new CoreInputError('PARAM_INVALID', 'Empty per-key parameter.', 'Report this.');
  return value;
}

function checkExpires(version: SignatureVersion, seconds: number): void {
  const max = version === 'v4' ? V4_MAX_EXPIRES_SECONDS : Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw new CoreInputError(
      'V4_EXPIRES_OUT_OF_RANGE',
      `A ${version.toUpperCase()} URL cannot be valid for ${seconds} seconds.`,
      version === 'v4'
        ? `Choose 1–${V4_MAX_EXPIRES_SECONDS} seconds (7 days), the V4 limit.`
        : 'Choose a whole, positive number of seconds.',
    );
  }
}

function encodeQuery(entries: readonly QueryEntry[]): string {
  return entries.map(([name, value]) => `${q(name)}=${q(value ?? '')}`).join('&');
}

function compileV1(
  session: SigningSession,
  t: PresignTemplate,
  entries: QueryEntry[],
  perKey: PerKeyParams | undefined,
): KeySigner {
  const method = t.method ?? 'GET';
  // The official SDK rounds the clock to the nearest second for V1 `Expires`; so do we, to stay byte-identical.
  const expires = Math.round(session.now / 1000) + t.expiresInSeconds;
  const expiresAt = expires * 1000;
  const token = session.credentials.securityToken;
  const signed: QueryEntry[] = token ? [...entries, [V1_QUERY_SECURITY_TOKEN, token]] : entries;
  const toSignHead = `${method}\n${t.contentMd5 ?? ''}\n${t.contentType ?? ''}\n${expires}\n${getCanonicalOssHeadersV1(t.headers ?? {})}/${t.bucket}/`;
  const toSignTail = getCanonicalSubresourcesV1(signed);
  const urlHead = `${t.origin.origin}/`;
  const queryHead = `?${V1_QUERY_ACCESS_KEY_ID}=${q(session.credentials.accessKeyId)}&${V1_QUERY_EXPIRES}=${expires}&${V1_QUERY_SIGNATURE}=`;
  const queryTail = signed.length > 0 ? `&${encodeQuery(signed)}` : '';
  if (perKey) {
    const [signA, signB] = splitAtPlaceholder(toSignTail);
    const [queryA, queryB] = splitAtPlaceholder(queryTail);
    return (key) => {
      validateObjectKey(key);
      const value = perKeyValue(perKey, key);
      const signature = q(session.signV1(toSignHead + key + signA + value + signB));
      return {
        url: urlHead + encodeKeyForPath(key) + queryHead + signature + queryA + q(value) + queryB,
        method,
        version: 'v1',
        expiresAt,
      };
    };
  }
  return (key) => {
    validateObjectKey(key);
    const signature = q(session.signV1(toSignHead + key + toSignTail));
    return {
      url: urlHead + encodeKeyForPath(key) + queryHead + signature + queryTail,
      method,
      version: 'v1',
      expiresAt,
    };
  };
}

function compileV4(
  session: SigningSession,
  t: PresignTemplate,
  entries: QueryEntry[],
  perKey: PerKeyParams | undefined,
): KeySigner {
  const method = t.method ?? 'GET';
  const headers: Record<string, string> = { ...t.headers };
  if (t.contentType !== undefined) headers['content-type'] = t.contentType;
  if (t.contentMd5 !== undefined) headers['content-md5'] = t.contentMd5;
  const additional = normalizeAdditionalHeaders(t.additionalHeaders, headers);
  const query: QueryEntry[] = [...entries];
  if (additional.length > 0) query.push([V4_QUERY_ADDITIONAL_HEADERS, additional.join(';')]);
  query.push(
    [V4_QUERY_CREDENTIAL, session.v4Credential],
    [V4_QUERY_DATE, session.v4DateTime],
    [V4_QUERY_EXPIRES, String(t.expiresInSeconds)],
    [V4_QUERY_SIGNATURE_VERSION, V4_ALGORITHM],
  );
  const token = session.credentials.securityToken;
  if (token) query.push([V4_QUERY_SECURITY_TOKEN, token]);
  let payload = V4_UNSIGNED_PAYLOAD;
  for (const name of Object.keys(headers))
    if (name.toLowerCase() === V4_HEADER_CONTENT_SHA256) payload = headers[name]!;
  // Canonical request = METHOD \n /bucket/<key> \n query \n headers \n additional \n payload; only the key varies.
  const canonicalHead = `${method}\n/${encodeRfc3986(t.bucket)}/`;
  const canonicalTail = `\n${getCanonicalQueryV4(query)}\n${getCanonicalHeadersV4(headers, additional)}\n${additional.join(';')}\n${payload}`;
  const toSignHead = `${V4_ALGORITHM}\n${session.v4DateTime}\n${session.v4Scope}\n`;
  const urlHead = `${t.origin.origin}/`;
  const queryText = `?${encodeQuery(query)}&${V4_QUERY_SIGNATURE}=`;
  const expiresAt = (Math.floor(session.now / 1000) + t.expiresInSeconds) * 1000;
  if (perKey) {
    const [canonA, canonB] = splitAtPlaceholder(canonicalTail);
    const [queryA, queryB] = splitAtPlaceholder(queryText);
    return (key) => {
      validateObjectKey(key);
      const value = perKeyValue(perKey, key);
      let canonicalKey = encodeRfc3986(key);
      if (canonicalKey.includes('%2F')) canonicalKey = canonicalKey.replace(/%2F/g, '/');
      const hash = session.sha256Hex(canonicalHead + canonicalKey + canonA + encodeRfc3986(value) + canonB);
      const signature = session.signV4(toSignHead + hash);
      const url = urlHead + encodeKeyForPath(key) + queryA + q(value) + queryB + signature;
      return { url, method, version: 'v4', expiresAt };
    };
  }
  return (key) => {
    validateObjectKey(key);
    let canonicalKey = encodeRfc3986(key);
    if (canonicalKey.includes('%2F')) canonicalKey = canonicalKey.replace(/%2F/g, '/');
    const hash = session.sha256Hex(canonicalHead + canonicalKey + canonicalTail);
    const signature = session.signV4(toSignHead + hash);
    return { url: urlHead + encodeKeyForPath(key) + queryText + signature, method, version: 'v4', expiresAt };
  };
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
