// Recomputes the signature a request claims, with the secret resolved for its AccessKeyId, and rejects a
// mismatch the way OSS does: SignatureDoesNotMatch carrying the server's StringToSign (V1) or
// CanonicalRequest and StringToSign (V4), so a client can diff them against its own.
import { timingSafeEqual } from 'node:crypto';
import { H, Q } from '../constants';
import type { ErrorDetails } from '../errors';
import { ossErrors } from '../errors';
import type { QueryPair } from '../raw-request';
import type { HeaderMap } from './header-map';
import type { ParsedAuth } from './parse-authorization';
import { computeV1Signature, getV1StringToSign } from './v1-string-to-sign';
import {
  computeV4Signature,
  getV4CanonicalRequest,
  getV4Scope,
  getV4StringToSign,
} from './v4-canonical-request';

export interface SignedRequest {
  method: string;
  bucket: string | undefined;
  key: string | undefined;
  headers: HeaderMap;
  query: readonly QueryPair[];
}

type SignedAuth = Exclude<ParsedAuth, { scheme: 'anonymous' }>;

const V1_QUERY_AUTH_PARAMS = new Set<string>([Q.accessKeyId, Q.expires, Q.signature]);
const V4_EXCLUDED = new Set<string>([Q.v4Signature]);

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function hexBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex').toUpperCase().replace(/(..)/g, '$1 ').trim();
}

/**
 * V1 header requests sign the Date header; browsers cannot set it, so SDKs send x-oss-date and sign
 * that instead. Both are tried (Date first), which is what makes either kind of client verifiable.
 */
function v1DateLines(auth: SignedAuth, headers: HeaderMap): string[] {
  if (auth.scheme === 'v1-query') return [auth.expires];
  const lines = [headers.get(H.date), headers.get(H.ossDate)].filter((v): v is string => v !== undefined);
  return lines.length === 0 ? [''] : [...new Set(lines)];
}

export function verifySignature(auth: SignedAuth, req: SignedRequest, secret: string): void {
  if (auth.scheme === 'v1-header' || auth.scheme === 'v1-query') {
    const query =
      auth.scheme === 'v1-query' ? req.query.filter(([k]) => !V1_QUERY_AUTH_PARAMS.has(k)) : req.query;
    let stringToSign = '';
    for (const dateLine of v1DateLines(auth, req.headers)) {
      stringToSign = getV1StringToSign({ ...req, dateLine, query });
      if (sameSignature(auth.signature, computeV1Signature(secret, stringToSign))) return;
    }
    throw ossErrors.signatureDoesNotMatch(mismatchDetails(auth, stringToSign));
  }

  const { credential } = auth;
  const canonicalRequest = getV4CanonicalRequest(
    { ...req, additionalHeaders: auth.additionalHeaders },
    V4_EXCLUDED,
  );
  const scope = getV4Scope(credential.date, credential.region, credential.product);
  const stringToSign = getV4StringToSign(auth.timestamp, scope, canonicalRequest);
  const expected = computeV4Signature(
    secret,
    credential.date,
    credential.region,
    stringToSign,
    credential.product,
  );
  if (!sameSignature(auth.signature, expected)) {
    throw ossErrors.signatureDoesNotMatch(
      [
        ...mismatchDetails(auth, stringToSign),
        ['CanonicalRequest', canonicalRequest],
        ['CanonicalRequestBytes', hexBytes(canonicalRequest)],
      ],
      'v4',
    );
  }
}

function mismatchDetails(auth: SignedAuth, stringToSign: string): ErrorDetails {
  return [
    ['OSSAccessKeyId', auth.accessKeyId],
    ['SignatureProvided', auth.signature],
    ['StringToSign', stringToSign],
    ['StringToSignBytes', hexBytes(stringToSign)],
  ];
}
