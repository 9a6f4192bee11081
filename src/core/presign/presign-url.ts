// Presigned object URLs (V1 and V4), byte-identical to the official SDK's signatureUrl / signatureUrlV4.
import { CoreInputError } from '../errors/core-input-error';
import type { ObjectOrigin } from '../endpoint/resolve-object-origin';
import { validateBucketName } from '../endpoint/validate-names';
import type { QueryEntry } from './canonical-v1';
import { getCanonicalResourceV1, getCanonicalOssHeadersV1, getStringToSignV1 } from './canonical-v1';
import { getCanonicalRequestV4, getStringToSignV4, normalizeAdditionalHeaders } from './canonical-v4';
import {
  V1_QUERY_ACCESS_KEY_ID,
  V1_QUERY_EXPIRES,
  V1_QUERY_SECURITY_TOKEN,
  V1_QUERY_SIGNATURE,
  V4_ALGORITHM,
  V4_MAX_EXPIRES_SECONDS,
  V4_QUERY_ADDITIONAL_HEADERS,
  V4_QUERY_CREDENTIAL,
  V4_QUERY_DATE,
  V4_QUERY_EXPIRES,
  V4_QUERY_SECURITY_TOKEN,
  V4_QUERY_SIGNATURE,
  V4_QUERY_SIGNATURE_VERSION,
} from './constants';
import { encodeKeyForPath, encodeQueryComponent as q } from './encode-uri';
import type { SignedParams } from './signed-params';
import { getSignedParamEntries } from './signed-params';
import type { SigningSession } from './signing-session';
import { validateObjectKey } from './validate-object-key';

export type PresignMethod = 'GET' | 'HEAD' | 'PUT';
export type SignatureVersion = 'v1' | 'v4';

export interface PresignInput {
  method?: PresignMethod | undefined;
  version: SignatureVersion;
  bucket: string;
  key: string;
  origin: ObjectOrigin;
  expiresInSeconds: number;
  params?: SignedParams | undefined;
  /** other signed query parameters, after `params` in the URL (rarely needed: sub-resources the UI does not model) */
  query?: readonly QueryEntry[] | undefined;
  /** PUT: the Content-Type the uploader must send (signed) */
  contentType?: string | undefined;
  /** PUT: the Content-MD5 the uploader must send (signed) */
  contentMd5?: string | undefined;
  /** V4: other headers the client will send, and which of them the signature covers */
  headers?: Readonly<Record<string, string>> | undefined;
  additionalHeaders?: readonly string[] | undefined;
}

export interface PresignedUrl {
  url: string;
  method: PresignMethod;
  version: SignatureVersion;
  /** when the URL stops working by its own terms, ms since the epoch (not counting the credentials) */
  expiresAt: number;
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

function signedHeaders(input: PresignInput): Record<string, string> {
  const headers: Record<string, string> = { ...input.headers };
  if (input.contentType !== undefined) headers['content-type'] = input.contentType;
  if (input.contentMd5 !== undefined) headers['content-md5'] = input.contentMd5;
  return headers;
}

function presignV1(
  session: SigningSession,
  input: PresignInput,
  entries: QueryEntry[],
  pathUrl: string,
): PresignedUrl {
  const method = input.method ?? 'GET';
  // The official SDK rounds the clock to the nearest second for V1 `Expires`; so do we, to stay byte-identical.
  const expires = Math.round(session.now / 1000) + input.expiresInSeconds;
  const token = session.credentials.securityToken;
  const signed: QueryEntry[] = token ? [...entries, [V1_QUERY_SECURITY_TOKEN, token]] : entries;
  const headers = input.headers ?? {};
  const stringToSign = getStringToSignV1({
    method,
    contentMd5: input.contentMd5,
    contentType: input.contentType,
    dateLine: String(expires),
    canonicalOssHeaders: getCanonicalOssHeadersV1(headers),
    canonicalResource: getCanonicalResourceV1(input.bucket, input.key, signed),
  });
  let url = `${pathUrl}?${V1_QUERY_ACCESS_KEY_ID}=${q(session.credentials.accessKeyId)}&${V1_QUERY_EXPIRES}=${expires}&${V1_QUERY_SIGNATURE}=${q(session.signV1(stringToSign))}`;
  for (const [name, value] of signed) url += `&${q(name)}=${q(value ?? '')}`;
  return { url, method, version: 'v1', expiresAt: expires * 1000 };
}

function presignV4(
  session: SigningSession,
  input: PresignInput,
  entries: QueryEntry[],
  pathUrl: string,
): PresignedUrl {
  const method = input.method ?? 'GET';
  const headers = signedHeaders(input);
  const additional = normalizeAdditionalHeaders(input.additionalHeaders, headers);
  const query: QueryEntry[] = [...entries];
  if (additional.length > 0) query.push([V4_QUERY_ADDITIONAL_HEADERS, additional.join(';')]);
  query.push(
    [V4_QUERY_CREDENTIAL, session.v4Credential],
    [V4_QUERY_DATE, session.v4DateTime],
    [V4_QUERY_EXPIRES, String(input.expiresInSeconds)],
    [V4_QUERY_SIGNATURE_VERSION, V4_ALGORITHM],
  );
  const token = session.credentials.securityToken;
  if (token) query.push([V4_QUERY_SECURITY_TOKEN, token]);
  const canonicalRequest = getCanonicalRequestV4({
    method,
    bucket: input.bucket,
    key: input.key,
    query,
    headers,
    additionalHeaders: additional,
  });
  const signature = session.signV4(
    getStringToSignV4(session.v4DateTime, session.v4Scope, session.sha256Hex(canonicalRequest)),
  );
  let url = pathUrl;
  let sep = '?';
  for (const [name, value] of query) {
    url += `${sep}${q(name)}=${q(value ?? '')}`;
    sep = '&';
  }
  url += `&${V4_QUERY_SIGNATURE}=${signature}`;
  const signedAt = Math.floor(session.now / 1000);
  return { url, method, version: 'v4', expiresAt: (signedAt + input.expiresInSeconds) * 1000 };
}

/** Signs one object URL. Pure and synchronous: the session carries the time and the key state. */
export function presignUrl(session: SigningSession, input: PresignInput): PresignedUrl {
  validateBucketName(input.bucket);
  validateObjectKey(input.key);
  checkExpires(input.version, input.expiresInSeconds);
  const entries: QueryEntry[] = getSignedParamEntries(input.params);
  if (input.query) entries.push(...input.query);
  const pathUrl = `${input.origin.origin}/${encodeKeyForPath(input.key)}`;
  return input.version === 'v4'
    ? presignV4(session, input, entries, pathUrl)
    : presignV1(session, input, entries, pathUrl);
}
