// Who sent the request, from its COS signature (header or query string) and x-cos-security-token.
// Order of checks: the signature's fields and algorithm, its time windows (q-sign-time and q-key-time must
// contain now: "Request has expired" otherwise), that every listed header/parameter is present and that
// every parameter and x-cos-* header that changes the answer is listed (covered), the SecretId (root key,
// or a temporary key whose token cos-local can verify), then the signature itself.
import type { FaultRuntime } from '../../object-store/faults';
import { verifyCosToken, type CosScope } from '../../local-sts/cos-token';
import { deriveSecret } from '../../local-sts/token';
import { cosErrors } from '../errors';
import { AUTH_PARAMS } from '../operations';
import {
  authFieldsOf,
  computeCosSignature,
  parseAuthorizationHeader,
  parseTimeWindow,
  signaturesEqual,
  type CosAuthFields,
} from './cos-signature';

export type CosPrincipal =
  | { kind: 'anonymous' }
  | { kind: 'root'; secretId: string }
  | { kind: 'temporary'; secretId: string; scope: CosScope };

export interface AuthRequest {
  method: string;
  /** decoded path, `/` + key */
  path: string;
  /** decoded query pairs, as sent */
  query: ReadonlyArray<readonly [string, string]>;
  headers: Headers;
}

export interface AuthContext {
  stackKey: string;
  rootAccount: { secretId: string; secretKey: string } | undefined;
  nowMs: number;
  faults: FaultRuntime;
}

/** Requests may arrive up to 15 minutes before their q-sign-time starts (client clocks run ahead). */
const FUTURE_SKEW_SECONDS = 900;

function fieldsOf(req: AuthRequest): { fields: CosAuthFields; scheme: 'header' | 'query' } | undefined {
  const header = req.headers.get('authorization');
  const inQuery = req.query.some(([k]) => k.toLowerCase().startsWith('q-'));
  if (header !== null && inQuery)
    throw cosErrors.invalidArgument(
      'Send the signature in the Authorization header or in the URL, not both.',
    );
  try {
    if (header !== null) {
      const map = parseAuthorizationHeader(header);
      return { fields: authFieldsOf((n) => map.get(n)), scheme: 'header' };
    }
    if (!inQuery) return undefined;
    const query = new Map(req.query.map(([k, v]) => [k.toLowerCase(), v]));
    return { fields: authFieldsOf((n) => query.get(n)), scheme: 'query' };
  } catch (err) {
    throw cosErrors.invalidArgument(`Invalid Authorization: ${(err as Error).message}.`);
  }
}

function tokenExpiredByFault(
  faults: FaultRuntime,
  iat: number,
  iatMs: number | undefined,
  nowSec: number,
): boolean {
  const f = faults.get();
  if (f.tokenMaxAgeSeconds !== null && nowSec - iat >= f.tokenMaxAgeSeconds) return true;
  if (f.expireTokensIssuedBefore !== null && iat <= f.expireTokensIssuedBefore) return true;
  return f.expireTokensIssuedBeforeMs !== null && (iatMs ?? iat * 1000) <= f.expireTokensIssuedBeforeMs;
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name;
  }
}

export function authenticate(req: AuthRequest, ctx: AuthContext): CosPrincipal {
  const parsed = fieldsOf(req);
  if (parsed === undefined) return { kind: 'anonymous' };
  const { fields } = parsed;
  if (fields.algorithm !== 'sha1')
    throw cosErrors.invalidArgument(
      `q-sign-algorithm must be sha1, not ${JSON.stringify(fields.algorithm)}.`,
    );
  const signTime = parseTimeWindow(fields.signTime);
  const keyTime = parseTimeWindow(fields.keyTime);
  if (signTime === undefined || keyTime === undefined)
    throw cosErrors.invalidArgument(
      'q-sign-time and q-key-time must be <start>;<end> in unix seconds, start <= end.',
    );

  // the request's own clock: fault injection may move it (links expire without waiting)
  const nowSec = Math.floor((ctx.nowMs + ctx.faults.get().requestClockOffsetMs) / 1000);
  if (nowSec > signTime.end || nowSec > keyTime.end) throw cosErrors.requestExpired();
  if (signTime.start > nowSec + FUTURE_SKEW_SECONDS || keyTime.start > nowSec + FUTURE_SKEW_SECONDS)
    throw cosErrors.notYetValid();

  // every listed header and parameter must be there; every parameter, and every x-cos-* header, must be listed
  const params: Array<[string, string]> = [];
  // the list names each parameter URL-encoded (the docs' UrlParamList); in a URL's q-url-param-list the
  // SDKs leave that encoding as it is, so the query decoder has undone it already: decode what is left
  const listedParams = new Set(fields.paramList.map(decodedName));
  for (const name of listedParams) {
    const values = req.query.filter(([k]) => k.toLowerCase() === name);
    if (values.length === 0)
      throw cosErrors.signatureDoesNotMatch(
        `q-url-param-list names ${name}, which the request does not carry.`,
      );
    for (const [k, v] of values) params.push([k, v]);
  }
  for (const [k] of req.query) {
    const name = k.toLowerCase();
    if (!AUTH_PARAMS.has(name) && !listedParams.has(name))
      throw cosErrors.accessDenied(
        `Access Denied: the parameter ${name} is not covered by the signature (q-url-param-list).`,
      );
  }
  const headers: Array<[string, string]> = [];
  const listedHeaders = new Set(fields.headerList);
  for (const name of listedHeaders) {
    const value = req.headers.get(name);
    if (value === null)
      throw cosErrors.signatureDoesNotMatch(`q-header-list names ${name}, which the request does not carry.`);
    headers.push([name, value]);
  }
  for (const [name] of req.headers) {
    if (name.startsWith('x-cos-') && name !== 'x-cos-security-token' && !listedHeaders.has(name))
      throw cosErrors.accessDenied(
        `Access Denied: the header ${name} is not covered by the signature (q-header-list).`,
      );
  }

  let secretKey: string;
  let principal: CosPrincipal;
  if (ctx.rootAccount !== undefined && fields.secretId === ctx.rootAccount.secretId) {
    secretKey = ctx.rootAccount.secretKey;
    principal = { kind: 'root', secretId: fields.secretId };
  } else {
    const token =
      req.headers.get('x-cos-security-token') ??
      req.query.find(([k]) => k.toLowerCase() === 'x-cos-security-token')?.[1];
    if (token === undefined || token === '')
      throw cosErrors.invalidAccessKeyId(
        'The SecretId you provided does not exist in our records (a temporary key needs its x-cos-security-token).',
      );
    const check = verifyCosToken(ctx.stackKey, token, fields.secretId, Math.floor(ctx.nowMs / 1000));
    if (!check.ok) throw check.reason === 'expired' ? cosErrors.expiredToken() : cosErrors.invalidToken();
    if (tokenExpiredByFault(ctx.faults, check.claims.iat, check.claims.iatMs, Math.floor(ctx.nowMs / 1000)))
      throw cosErrors.expiredToken();
    secretKey = deriveSecret(ctx.stackKey, fields.secretId);
    principal = { kind: 'temporary', secretId: fields.secretId, scope: check.claims.scope };
  }
  const expected = computeCosSignature({
    secretKey,
    keyTime: fields.keyTime,
    signTime: fields.signTime,
    method: req.method,
    path: req.path,
    params,
    headers,
  });
  if (!signaturesEqual(fields.signature, expected.signature))
    throw cosErrors.signatureDoesNotMatch('Check your SecretKey and signing method.');
  return principal;
}
