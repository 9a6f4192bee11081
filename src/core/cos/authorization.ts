// Step 8 of the COS signature: the signature's seven `q-*` fields, as the `Authorization` header value and
// as the query-string form of a presigned URL.
import {
  COS_SIGN_ALGORITHM,
  Q_AK,
  Q_HEADER_LIST,
  Q_KEY_TIME,
  Q_SIGN_ALGORITHM,
  Q_SIGN_TIME,
  Q_SIGNATURE,
  Q_URL_PARAM_LIST,
} from './constants';

export interface CosAuthorizationFields {
  secretId: string;
  /** also the sign time: COS SDKs sign with q-sign-time = q-key-time */
  keyTime: string;
  headerList: string;
  urlParamList: string;
}

/** `q-sign-algorithm=sha1&q-ak=…&q-sign-time=…&q-key-time=…&q-header-list=…&q-url-param-list=…&q-signature=…` */
export function getCosAuthorization(fields: CosAuthorizationFields, signature: string): string {
  return (
    `${Q_SIGN_ALGORITHM}=${COS_SIGN_ALGORITHM}&${Q_AK}=${fields.secretId}&${Q_SIGN_TIME}=${fields.keyTime}` +
    `&${Q_KEY_TIME}=${fields.keyTime}&${Q_HEADER_LIST}=${fields.headerList}` +
    `&${Q_URL_PARAM_LIST}=${fields.urlParamList}&${Q_SIGNATURE}=${signature}`
  );
}

const SEMICOLON = /%3B/g;

/**
 * The URL form up to and including `q-signature=`. Written as cos-js-sdk-v5 / cos-nodejs-sdk-v5
 * `getObjectUrl` writes it (src/base.js, the callback's URL), to be byte-identical: `;` stays raw in the
 * times and the header list, and q-url-param-list alone is encodeURIComponent'ed and lower-cased
 * (`response-cache-control%3bresponse-content-type`; the SDK's "replaceUrlParamList"). Other characters
 * are percent-encoded where the SDK would write them raw (it inserts q-ak as is); for the SecretIds and
 * key lists COS issues ([A-Za-z0-9_-] and `;`) the two agree. Every form decodes to the same fields.
 */
export function getCosAuthorizationQueryHead(fields: CosAuthorizationFields): string {
  const headerList = encodeURIComponent(fields.headerList).replace(SEMICOLON, ';');
  const urlParamList = encodeURIComponent(fields.urlParamList).toLowerCase();
  const keyTime = encodeURIComponent(fields.keyTime).replace(SEMICOLON, ';');
  return (
    `${Q_SIGN_ALGORITHM}=${COS_SIGN_ALGORITHM}&${Q_AK}=${encodeURIComponent(fields.secretId)}` +
    `&${Q_SIGN_TIME}=${keyTime}&${Q_KEY_TIME}=${keyTime}&${Q_HEADER_LIST}=${headerList}` +
    `&${Q_URL_PARAM_LIST}=${urlParamList}&${Q_SIGNATURE}=`
  );
}

export function getCosAuthorizationQuery(fields: CosAuthorizationFields, signature: string): string {
  return getCosAuthorizationQueryHead(fields) + signature;
}
