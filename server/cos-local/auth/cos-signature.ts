// COS request signatures (q-sign-algorithm=sha1), written from the "Request Signature / 请求签名" page
// (https://www.tencentcloud.com/document/product/436/7778, https://cloud.tencent.com/document/product/436/7778):
//
//   SignKey       = HMAC-SHA1(SecretKey, KeyTime)                              hex
//   HttpParameters / HttpHeaders: the listed names, URL-encoded then lower-cased, sorted, `key=value` joined
//                   by `&`, values URL-encoded (RFC 3986, `!'()*` too)
//   HttpString    = method(lower) \n UriPathname(decoded) \n HttpParameters \n HttpHeaders \n
//   StringToSign  = sha1 \n SignTime \n SHA1(HttpString) hex \n
//   Signature     = HMAC-SHA1(SignKey, StringToSign)                           hex
//
// The fields travel in the Authorization header (`q-sign-algorithm=sha1&q-ak=…&q-sign-time=…&q-key-time=…
// &q-header-list=…&q-url-param-list=…&q-signature=…`) or as query parameters of the same names.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { encodeRfc3986 } from '../xml';

export interface CosAuthFields {
  algorithm: string;
  secretId: string;
  signTime: string;
  keyTime: string;
  /** lower-cased names, as listed (`;`-separated) */
  headerList: string[];
  paramList: string[];
  signature: string;
}

export const AUTH_FIELDS = [
  'q-sign-algorithm',
  'q-ak',
  'q-sign-time',
  'q-key-time',
  'q-header-list',
  'q-url-param-list',
  'q-signature',
] as const;

/** Parses the fields; throws a message naming what is missing or malformed. */
export function authFieldsOf(get: (name: string) => string | undefined): CosAuthFields {
  const missing = AUTH_FIELDS.filter((f) => get(f) === undefined);
  if (missing.length > 0) throw new Error(`the signature lacks ${missing.join(', ')}`);
  const value = (f: (typeof AUTH_FIELDS)[number]): string => get(f) ?? '';
  const list = (f: (typeof AUTH_FIELDS)[number]): string[] => {
    const names =
      value(f) === ''
        ? []
        : value(f)
            .split(';')
            .map((n) => n.trim().toLowerCase());
    // header names are HTTP tokens; parameter names are any text COS can carry (image processing names
    // such as imagemogr2/thumbnail/800x, URL-encoded in the signature); an empty or odd one is a malformed
    // signature, not a 500
    // eslint-disable-next-line no-control-regex -- control characters are what a name may not hold
    const name = f === 'q-url-param-list' ? /^[^\u0000-\u0020;\u007f]+$/ : /^[a-z0-9!#$%&'*+.^_`|~-]+$/;
    const bad = names.find((n) => !name.test(n));
    if (bad !== undefined) throw new Error(`${f} holds the malformed name ${JSON.stringify(bad)}`);
    return names;
  };
  return {
    algorithm: value('q-sign-algorithm'),
    secretId: value('q-ak'),
    signTime: value('q-sign-time'),
    keyTime: value('q-key-time'),
    headerList: list('q-header-list'),
    paramList: list('q-url-param-list'),
    signature: value('q-signature').toLowerCase(),
  };
}

/** Parses an Authorization header value: `&`-separated `name=value` pairs, values as written. */
export function parseAuthorizationHeader(header: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of header.trim().split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return fields;
}

/** `start;end` unix seconds, start <= end. */
export function parseTimeWindow(text: string): { start: number; end: number } | undefined {
  const m = /^(\d{1,12});(\d{1,12})$/.exec(text);
  if (m === null) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start <= end ? { start, end } : undefined;
}

/**
 * `k=v&k=v` over the pairs: names URL-encoded then lower-cased (the docs: "UrlEncode, then lower case", so
 * `imageMogr2/…` signs as `imagemogr2%2f…`), values encoded, sorted by encoded name.
 */
export function canonicalPairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs
    .map(([k, v]) => [encodeRfc3986(k).toLowerCase(), encodeRfc3986(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export interface SignatureInput {
  secretKey: string;
  keyTime: string;
  signTime: string;
  method: string;
  /** decoded path, starting with `/` */
  path: string;
  params: ReadonlyArray<readonly [string, string]>;
  headers: ReadonlyArray<readonly [string, string]>;
}

export interface SignatureParts {
  signKey: string;
  httpString: string;
  stringToSign: string;
  signature: string;
}

const hmacSha1Hex = (key: string, text: string): string =>
  createHmac('sha1', key).update(text, 'utf8').digest('hex');

export function computeCosSignature(input: SignatureInput): SignatureParts {
  const signKey = hmacSha1Hex(input.secretKey, input.keyTime);
  const httpString = `${input.method.toLowerCase()}\n${input.path}\n${canonicalPairs(input.params)}\n${canonicalPairs(input.headers)}\n`;
  const stringToSign = `sha1\n${input.signTime}\n${createHash('sha1').update(httpString, 'utf8').digest('hex')}\n`;
  return { signKey, httpString, stringToSign, signature: hmacSha1Hex(signKey, stringToSign) };
}

export function signaturesEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
