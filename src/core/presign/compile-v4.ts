// V4 (OSS4-HMAC-SHA256) presigned URLs for any number of keys. The canonical request comes from the one
// spec builder (getCanonicalRequestV4), built once per template with a placeholder for the key and split
// around it: only the key varies, and the long constant tail (the STS token is in the query) is encoded to
// bytes once; per URL the bytes are copied, not re-encoded. compile-v4.test.ts checks the result equals
// the spec function's for random inputs.
import type { QueryEntry } from './canonical-v1';
import {
  getCanonicalRequestV4,
  getQueryAuthEntriesV4,
  getStringToSignV4,
  normalizeAdditionalHeaders,
} from './canonical-v4';
import { V4_QUERY_SIGNATURE } from './constants';
import {
  canonicalKeyFromPath,
  encodeKeySegments,
  encodeQueryComponent as q,
  guardDotSegments,
  encodeQueryEntries,
  encodeRfc3986,
} from './encode-uri';
import { MessageBytes, utf8Bytes } from './message-bytes';
import { KEY_PLACEHOLDER, perKeyValue, splitAtPlaceholder } from './per-key-splice';
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
  const query: QueryEntry[] = [
    ...entries,
    ...getQueryAuthEntriesV4({
      credential: session.v4Credential,
      dateTime: session.v4DateTime,
      expiresSeconds: t.expiresInSeconds,
      securityToken: session.credentials.securityToken,
      additionalHeaders: additional,
    }),
  ];
  const canonicalRequest = getCanonicalRequestV4({
    method,
    bucket: t.bucket,
    key: KEY_PLACEHOLDER,
    query,
    headers,
    additionalHeaders: additional,
  });
  const [head, canonicalTail] = splitAtPlaceholder(canonicalRequest, KEY_PLACEHOLDER);
  const canonicalHead = utf8Bytes(head);
  // the string to sign without its last line, the canonical request's hash
  const toSignHead = utf8Bytes(getStringToSignV4(session.v4DateTime, session.v4Scope, ''));
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
      // the canonical URI is the key's; only the URL's spelling guards dot segments (see encode-uri)
      const segments = encodeKeySegments(key);
      canonical.reset().bytes(canonicalHead).utf8(canonicalKeyFromPath(segments));
      canonical.bytes(canonA).utf8(encodeRfc3986(value)).bytes(canonB);
      const url = urlHead + guardDotSegments(segments) + queryA + q(value) + queryB + signature();
      return { url, method, version: 'v4', expiresAt };
    };
  }
  const tail = utf8Bytes(canonicalTail);
  return (key) => {
    validateObjectKey(key);
    const segments = encodeKeySegments(key);
    canonical.reset().bytes(canonicalHead).utf8(canonicalKeyFromPath(segments)).bytes(tail);
    const url = urlHead + guardDotSegments(segments) + queryText + signature();
    return { url, method, version: 'v4', expiresAt };
  };
}
