// V4 (OSS4-HMAC-SHA256) presigned URLs for any number of keys. Canonical request = METHOD \n /bucket/<key>
// \n query \n headers \n additional \n payload: only the key varies, and the long constant tail (the
// STS token is in the query) is encoded to bytes once; per URL the bytes are copied, not re-encoded.
import type { QueryEntry } from './canonical-v1';
import { getCanonicalHeadersV4, getCanonicalQueryV4, normalizeAdditionalHeaders } from './canonical-v4';
import {
  V4_ALGORITHM,
  V4_HEADER_CONTENT_SHA256,
  V4_QUERY_ADDITIONAL_HEADERS,
  V4_QUERY_CREDENTIAL,
  V4_QUERY_DATE,
  V4_QUERY_EXPIRES,
  V4_QUERY_SECURITY_TOKEN,
  V4_QUERY_SIGNATURE,
  V4_QUERY_SIGNATURE_VERSION,
  V4_UNSIGNED_PAYLOAD,
} from './constants';
import {
  canonicalKeyFromPath,
  encodeKeyForPath,
  encodeQueryComponent as q,
  encodeQueryEntries,
  encodeRfc3986,
} from './encode-uri';
import { MessageBytes, utf8Bytes } from './message-bytes';
import { perKeyValue, splitAtPlaceholder } from './per-key-splice';
import type { KeySigner, PerKeyParams, PresignTemplate } from './presign-types';
import type { SigningSession } from './signing-session';
import { validateObjectKey } from './validate-object-key';

export function compileV4(
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
  const canonicalHead = utf8Bytes(`${method}\n/${encodeRfc3986(t.bucket)}/`);
  const canonicalTail = `\n${getCanonicalQueryV4(query)}\n${getCanonicalHeadersV4(headers, additional)}\n${additional.join(';')}\n${payload}`;
  const toSignHead = utf8Bytes(`${V4_ALGORITHM}\n${session.v4DateTime}\n${session.v4Scope}\n`);
  const urlHead = `${t.origin.origin}/`;
  const queryText = `?${encodeQueryEntries(query)}&${V4_QUERY_SIGNATURE}=`;
  const expiresAt = (Math.floor(session.now / 1000) + t.expiresInSeconds) * 1000;
  const canonical = new MessageBytes(canonicalHead.length + canonicalTail.length * 3 + 1024);
  const toSign = new MessageBytes(toSignHead.length + 64);
  const signature = (): string => {
    toSign.reset().bytes(toSignHead).hex(session.sha256(canonical.view()));
    return session.signV4(toSign.view());
  };
  if (perKey) {
    const [canonA, canonB] = splitAtPlaceholder(canonicalTail).map(utf8Bytes) as [Uint8Array, Uint8Array];
    const [queryA, queryB] = splitAtPlaceholder(queryText);
    return (key) => {
      validateObjectKey(key);
      const value = perKeyValue(perKey, key);
      const path = encodeKeyForPath(key);
      canonical.reset().bytes(canonicalHead).utf8(canonicalKeyFromPath(path));
      canonical.bytes(canonA).utf8(encodeRfc3986(value)).bytes(canonB);
      const url = urlHead + path + queryA + q(value) + queryB + signature();
      return { url, method, version: 'v4', expiresAt };
    };
  }
  const tail = utf8Bytes(canonicalTail);
  return (key) => {
    validateObjectKey(key);
    const path = encodeKeyForPath(key);
    canonical.reset().bytes(canonicalHead).utf8(canonicalKeyFromPath(path)).bytes(tail);
    return { url: urlHead + path + queryText + signature(), method, version: 'v4', expiresAt };
  };
}
