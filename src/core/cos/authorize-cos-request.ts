// One request signed the slow, readable way, every intermediate of the COS documentation returned: for
// header authentication (the `Authorization` value), the vectors test, and tools that print what they sign.
// Bulk presigning goes through compileCosPresign instead.
import type { CosAuthorizationFields } from './authorization';
import { getCosAuthorization, getCosAuthorizationQuery } from './authorization';
import type { CosSigningSession } from './cos-signing-session';
import type { CosField } from './http-pairs';
import { getCosHttpPairs } from './http-pairs';
import { getCosHttpString } from './http-string';
import { getCosStringToSign } from './string-to-sign';

export interface CosRequestToSign {
  method: string;
  /** decoded: `/` + the object key as is, `/` for a bucket request */
  pathname: string;
  /** every query parameter the request sends (all are signed) */
  params?: readonly CosField[] | undefined;
  /** the headers to sign, as sent (Host included when it is to be bound) */
  headers?: readonly CosField[] | undefined;
  /** from session.keyTime(expires), or given (vectors) */
  keyTime: string;
}

export interface CosSignedRequest extends CosAuthorizationFields {
  signKey: string;
  httpParameters: string;
  httpHeaders: string;
  httpString: string;
  stringToSign: string;
  signature: string;
  /** the `Authorization` header value */
  authorization: string;
  /** the same fields as a query string (presigned-URL form, without the token) */
  authorizationQuery: string;
}

export async function authorizeCosRequest(
  session: CosSigningSession,
  request: CosRequestToSign,
): Promise<CosSignedRequest> {
  const params = getCosHttpPairs(request.params ?? []);
  const headers = getCosHttpPairs(request.headers ?? []);
  const httpString = getCosHttpString({
    method: request.method,
    pathname: request.pathname,
    httpParameters: params.pairs,
    httpHeaders: headers.pairs,
  });
  const stringToSign = getCosStringToSign(request.keyTime, session.sha1Hex(httpString));
  const mac = await session.signatureMac(request.keyTime);
  const signature = mac.sign(stringToSign);
  const fields: CosAuthorizationFields = {
    secretId: session.credentials.secretId,
    keyTime: request.keyTime,
    headerList: headers.keyList,
    urlParamList: params.keyList,
  };
  return {
    ...fields,
    signKey: mac.signKey,
    httpParameters: params.pairs,
    httpHeaders: headers.pairs,
    httpString,
    stringToSign,
    signature,
    authorization: getCosAuthorization(fields, signature),
    authorizationQuery: getCosAuthorizationQuery(fields, signature),
  };
}
