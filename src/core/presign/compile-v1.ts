// V1 (HMAC-SHA1) presigned URLs for any number of keys: everything but the key is computed once, and the
// string to sign is hashed as bytes — its constant tail (sub-resources, the STS token) encoded once.
import type { QueryEntry } from './canonical-v1';
import { getCanonicalOssHeadersV1, getCanonicalSubresourcesV1 } from './canonical-v1';
import {
  V1_QUERY_ACCESS_KEY_ID,
  V1_QUERY_EXPIRES,
  V1_QUERY_SECURITY_TOKEN,
  V1_QUERY_SIGNATURE,
} from './constants';
import { encodeKeyForPath, encodeQueryComponent as q, encodeQueryEntries } from './encode-uri';
import { MessageBytes, utf8Bytes } from './message-bytes';
import { perKeyValue, splitAtPlaceholder } from './per-key-splice';
import type { KeySigner, PerKeyParams, PresignTemplate } from './presign-types';
import type { SigningSession } from './signing-session';
import { validateObjectKey } from './validate-object-key';

export function compileV1(
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
  // string to sign = head + key (raw) + tail
  const head = utf8Bytes(
    `${method}\n${t.contentMd5 ?? ''}\n${t.contentType ?? ''}\n${expires}\n${getCanonicalOssHeadersV1(t.headers ?? {})}/${t.bucket}/`,
  );
  const toSignTail = getCanonicalSubresourcesV1(signed);
  const urlHead = `${t.origin.origin}/`;
  const queryHead = `?${V1_QUERY_ACCESS_KEY_ID}=${q(session.credentials.accessKeyId)}&${V1_QUERY_EXPIRES}=${expires}&${V1_QUERY_SIGNATURE}=`;
  const queryTail = signed.length > 0 ? `&${encodeQueryEntries(signed)}` : '';
  const message = new MessageBytes(head.length + toSignTail.length * 3 + 1024);
  if (perKey) {
    const [signA, signB] = splitAtPlaceholder(toSignTail).map(utf8Bytes) as [Uint8Array, Uint8Array];
    const [queryA, queryB] = splitAtPlaceholder(queryTail);
    return (key) => {
      validateObjectKey(key);
      const value = perKeyValue(perKey, key);
      message.reset().bytes(head).utf8(key).bytes(signA).utf8(value).bytes(signB);
      const signature = session.signV1Query(message.view());
      return {
        url: urlHead + encodeKeyForPath(key) + queryHead + signature + queryA + q(value) + queryB,
        method,
        version: 'v1',
        expiresAt,
      };
    };
  }
  const tail = utf8Bytes(toSignTail);
  return (key) => {
    validateObjectKey(key);
    message.reset().bytes(head).utf8(key).bytes(tail);
    const signature = session.signV1Query(message.view());
    return {
      url: urlHead + encodeKeyForPath(key) + queryHead + signature + queryTail,
      method,
      version: 'v1',
      expiresAt,
    };
  };
}
