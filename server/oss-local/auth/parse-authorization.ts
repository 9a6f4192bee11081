// Reads which of the four OSS authentication forms a request uses, and its parameters, without judging
// them yet (timing, credentials and the signature are checked by authenticate.ts).
import { H, Q, V1_AUTH_PREFIX, V4_ALGORITHM } from '../constants';
import { ossErrors } from '../errors';
import { queryGet, type QueryPair } from '../raw-request';
import type { HeaderMap } from './header-map';
import { normaliseAdditionalHeaders } from './v4-canonical-request';

export interface V4Credential {
  accessKeyId: string;
  date: string;
  region: string;
  product: string;
  terminator: string;
}

export type ParsedAuth =
  | { scheme: 'anonymous' }
  | { scheme: 'v1-header'; accessKeyId: string; signature: string; securityToken: string | undefined }
  | {
      scheme: 'v1-query';
      accessKeyId: string;
      signature: string;
      securityToken: string | undefined;
      expires: string;
    }
  | {
      scheme: 'v4-header' | 'v4-query';
      accessKeyId: string;
      signature: string;
      securityToken: string | undefined;
      credential: V4Credential;
      timestamp: string;
      additionalHeaders: string[];
      /** V4 query only: x-oss-expires as sent */
      expires: string | undefined;
    };

export interface AuthenticatedRequestView {
  headers: HeaderMap;
  query: readonly QueryPair[];
}

const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);

export function parseAuthorization(req: AuthenticatedRequestView): ParsedAuth {
  const header = nonEmpty(req.headers.get(H.authorization));
  const v1Query = [Q.accessKeyId, Q.signature, Q.expires].some((n) => queryGet(req.query, n) !== undefined);
  const v4Query = [Q.v4SignatureVersion, Q.v4Signature, Q.v4Credential].some(
    (n) => queryGet(req.query, n) !== undefined,
  );
  if (header !== undefined && (v1Query || v4Query)) {
    throw ossErrors.invalidArgument(
      'Authorization header and URL signature cannot be used together.',
      'Authorization',
      '',
    );
  }
  if (v1Query && v4Query)
    throw ossErrors.invalidArgument('A URL carries either a V1 or a V4 signature, not both.');
  if (header !== undefined) return parseHeader(header, req);
  if (v4Query) return parseV4Query(req);
  if (v1Query) return parseV1Query(req);
  return { scheme: 'anonymous' };
}

function parseHeader(header: string, req: AuthenticatedRequestView): ParsedAuth {
  const securityToken = nonEmpty(req.headers.get(H.securityToken));
  if (header.startsWith(`${V4_ALGORITHM} `)) {
    const fields = parseV4Fields(header.slice(V4_ALGORITHM.length + 1));
    const credential = parseCredential(fields.get('Credential'), 'Credential');
    const signature = fields.get('Signature');
    if (signature === undefined || signature === '')
      throw ossErrors.invalidArgument('Authorization lacks Signature.', 'Signature', '');
    const timestamp = req.headers.get(H.ossDate);
    if (timestamp === undefined) throw ossErrors.missingDate();
    const additional = fields.get('AdditionalHeaders');
    return {
      scheme: 'v4-header',
      accessKeyId: credential.accessKeyId,
      signature,
      securityToken,
      credential,
      timestamp,
      additionalHeaders: normaliseAdditionalHeaders(additional === undefined ? [] : additional.split(';')),
      expires: undefined,
    };
  }
  if (header.startsWith(V1_AUTH_PREFIX)) {
    const rest = header.slice(V1_AUTH_PREFIX.length).trim();
    const colon = rest.lastIndexOf(':');
    if (colon <= 0 || colon === rest.length - 1)
      throw ossErrors.invalidArgument('Authorization header is invalid.', 'Authorization', '');
    return {
      scheme: 'v1-header',
      accessKeyId: rest.slice(0, colon),
      signature: rest.slice(colon + 1),
      securityToken,
    };
  }
  throw ossErrors.invalidArgument('Authorization header is invalid.', 'Authorization', '');
}

/** `Credential=...,AdditionalHeaders=...,Signature=...` (spaces after commas tolerated). */
function parseV4Fields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}

function parseCredential(value: string | undefined, name: string): V4Credential {
  const parts = (value ?? '').split('/');
  const [accessKeyId, date, region, product, terminator] = parts;
  if (parts.length !== 5 || !accessKeyId || !date || !region || !product || !terminator) {
    throw ossErrors.invalidArgument(
      'Credential must be AccessKeyId/date/region/oss/aliyun_v4_request.',
      name,
      value ?? '',
    );
  }
  return { accessKeyId, date, region, product, terminator };
}

function parseV4Query(req: AuthenticatedRequestView): ParsedAuth {
  const q = (name: string): string | undefined => queryGet(req.query, name);
  const version = q(Q.v4SignatureVersion);
  if (version !== V4_ALGORITHM) {
    throw ossErrors.invalidArgument(
      `${Q.v4SignatureVersion} must be ${V4_ALGORITHM}.`,
      Q.v4SignatureVersion,
      version ?? '',
    );
  }
  const credential = parseCredential(q(Q.v4Credential), Q.v4Credential);
  const signature = nonEmpty(q(Q.v4Signature));
  if (signature === undefined)
    throw ossErrors.invalidArgument(`${Q.v4Signature} is required.`, Q.v4Signature, '');
  const timestamp = q(Q.v4Date);
  if (timestamp === undefined) throw ossErrors.invalidArgument(`${Q.v4Date} is required.`, Q.v4Date, '');
  const additional = q(Q.v4AdditionalHeaders);
  return {
    scheme: 'v4-query',
    accessKeyId: credential.accessKeyId,
    signature,
    securityToken: nonEmpty(q(Q.v4SecurityToken)),
    credential,
    timestamp,
    additionalHeaders: normaliseAdditionalHeaders(additional === undefined ? [] : additional.split(';')),
    expires: q(Q.v4Expires),
  };
}

function parseV1Query(req: AuthenticatedRequestView): ParsedAuth {
  const q = (name: string): string | undefined => queryGet(req.query, name);
  for (const name of [Q.accessKeyId, Q.expires, Q.signature]) {
    if (nonEmpty(q(name)) === undefined)
      throw ossErrors.invalidArgument(`${name} is required in a signed URL.`, name, '');
  }
  return {
    scheme: 'v1-query',
    accessKeyId: q(Q.accessKeyId) ?? '',
    signature: q(Q.signature) ?? '',
    securityToken: nonEmpty(q(Q.securityToken)),
    expires: q(Q.expires) ?? '',
  };
}
