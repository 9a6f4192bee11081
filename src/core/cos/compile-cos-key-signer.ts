// Presigned COS URLs for any number of keys. HttpString = method \n /<key> \n HttpParameters \n HttpHeaders \n:
// only the key varies, so the constant head and tail are encoded to bytes once; per URL the key is written
// as UTF-8 between them, hashed once (SHA-1), and the StringToSign — a constant head plus that hash — is
// MACed once with the SignKey expanded at compile time. One key encoding (the URL path) per URL.
import { encodeRfc3986 } from '../presign/encode-uri';
import { MessageBytes, utf8Bytes } from '../presign/message-bytes';
import { perKeyValue, splitAtPlaceholder } from '../presign/per-key-splice';
import type { PerKeyParams } from '../presign/presign-types';
import { getCosAuthorizationQueryHead } from './authorization';
import { COS_QUERY_SECURITY_TOKEN } from './constants';
import type { CosKeySigner, CosPresignTemplate } from './cos-presign-types';
import type { CosSignatureMac, CosSigningSession } from './cos-signing-session';
import type { CosTemplateFields } from './cos-template-fields';
import { getCosKeyPath, getCosUrlQuery } from './cos-url-text';
import { getCosHttpPairs } from './http-pairs';
import type { CosKeyTime } from './key-time';
import { getCosStringToSignHead } from './string-to-sign';
import { validateCosObjectKey } from './validate-cos-object-key';

const NEWLINE = utf8Bytes('\n');

export function compileCosKeySigner(
  session: CosSigningSession,
  t: CosPresignTemplate,
  fields: CosTemplateFields,
  keyTime: CosKeyTime,
  mac: CosSignatureMac,
  perKey: PerKeyParams | undefined,
): CosKeySigner {
  const method = t.method ?? 'GET';
  const params = getCosHttpPairs(fields.params);
  const headers = getCosHttpPairs(fields.headers);
  const { secretId, securityToken } = session.credentials;
  // HttpURI is the decoded path: `/` + the key as is.
  const httpHead = utf8Bytes(`${method.toLowerCase()}\n/`);
  const httpTail = `\n${params.pairs}\n${headers.pairs}\n`;
  const toSignHead = utf8Bytes(getCosStringToSignHead(keyTime.keyTime));
  const urlHead = `${t.origin.origin}/`;
  const queryHead = `?${getCosAuthorizationQueryHead({
    secretId,
    keyTime: keyTime.keyTime,
    headerList: headers.keyList,
    urlParamList: params.keyList,
  })}`;
  // The official SDKs append the token after the signature and the parameters after the token.
  const tokenText = securityToken ? `&${COS_QUERY_SECURITY_TOKEN}=${encodeURIComponent(securityToken)}` : '';
  const queryTail = `${tokenText}${fields.params.length > 0 ? `&${getCosUrlQuery(fields.params)}` : ''}`;
  const expiresAt = keyTime.end * 1000;
  const http = new MessageBytes(httpHead.length + httpTail.length * 3 + 1024);
  const toSign = new MessageBytes(toSignHead.length + 64);
  const signature = (): string => {
    toSign.reset().bytes(toSignHead).hex(session.sha1(http.view())).bytes(NEWLINE);
    return mac.sign(toSign.view());
  };
  if (perKey) {
    // The disposition is encoded the same way in HttpParameters and in the URL: encode it once per key.
    const [httpA, httpB] = splitAtPlaceholder(httpTail).map(utf8Bytes) as [Uint8Array, Uint8Array];
    const [queryA, queryB] = splitAtPlaceholder(queryTail);
    return (key) => {
      validateCosObjectKey(key);
      const value = encodeRfc3986(perKeyValue(perKey, key));
      http.reset().bytes(httpHead).utf8(key).bytes(httpA).utf8(value).bytes(httpB);
      const url = urlHead + getCosKeyPath(key) + queryHead + signature() + queryA + value + queryB;
      return { url, method, expiresAt };
    };
  }
  const tail = utf8Bytes(httpTail);
  return (key) => {
    validateCosObjectKey(key);
    http.reset().bytes(httpHead).utf8(key).bytes(tail);
    return { url: urlHead + getCosKeyPath(key) + queryHead + signature() + queryTail, method, expiresAt };
  };
}
