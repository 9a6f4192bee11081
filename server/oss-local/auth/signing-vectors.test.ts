// The published OSS signing vectors (official SDK tests and docs, kept in vectors/ at the top of the repository with their
// sources) run through oss-local's own verifier functions. Each input reaches the verifier the way a
// request would: URLs are parsed by the same raw-query and key decoding the server uses.
import { describe, expect, it } from 'vitest';
import vectors from '../../../vectors/signing-vectors.json';
import { objectKeyOf, parseQuery, type QueryPair } from '../raw-request';
import { headerMapFromRecord } from './header-map';
import { computeV1Signature, getV1StringToSign } from './v1-string-to-sign';
import {
  computeV4Signature,
  getV4CanonicalRequest,
  getV4Scope,
  getV4StringToSign,
  normaliseAdditionalHeaders,
} from './v4-canonical-request';
import { parseAuthorization } from './parse-authorization';
import { verifySignature } from './verify-signature';

interface Vector {
  id: string;
  algorithm: string;
  inputs: Record<string, unknown> & {
    access_key_secret: string;
    method: string;
    bucket: string;
    key: string | null;
    query: [string, string | null][];
  };
  expected: Record<string, string>;
  ali_oss_detail: { canonical_request?: string; url?: string } | string;
}

const all = vectors as unknown as Vector[];
const byAlgorithm = (a: string): Vector[] => all.filter((v) => v.algorithm === a);
const pairsOf = (q: [string, string | null][]): QueryPair[] => q.map(([k, v]) => [k, v ?? '']);

function splitUrl(url: string): { key: string; query: QueryPair[] } {
  const u = new URL(url);
  const raw = url.slice(url.indexOf(u.host) + u.host.length);
  const q = raw.indexOf('?');
  return {
    key: objectKeyOf(q === -1 ? raw : raw.slice(0, q)),
    query: parseQuery(q === -1 ? '' : raw.slice(q + 1)),
  };
}

describe('OSS V1 header vectors', () => {
  it.each(byAlgorithm('OSS-V1-HMAC-SHA1-header').map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const rawHeaders = v.inputs.headers as Record<string, string>;
    const headers = headerMapFromRecord(rawHeaders);
    const stringToSign = getV1StringToSign({
      method: v.inputs.method,
      headers,
      dateLine: headers.get('x-oss-date') ?? headers.get('date') ?? '',
      bucket: v.inputs.bucket,
      key: v.inputs.key ?? undefined,
      query: pairsOf(v.inputs.query),
    });
    expect(stringToSign).toBe(v.expected.string_to_sign);
    const akid = v.inputs.access_key_id as string;
    const authorization = `OSS ${akid}:${computeV1Signature(v.inputs.access_key_secret, stringToSign)}`;
    expect(authorization).toBe(v.expected.authorization);

    // and the full server path: parse the header, verify (throws on mismatch)
    const request = {
      method: v.inputs.method,
      bucket: v.inputs.bucket,
      key: v.inputs.key ?? undefined,
      query: pairsOf(v.inputs.query),
    };
    const withAuth = headerMapFromRecord({ ...rawHeaders, Authorization: authorization });
    const auth = parseAuthorization({ headers: withAuth, query: request.query });
    expect(auth.scheme).toBe('v1-header');
    if (auth.scheme === 'anonymous') return;
    expect(() =>
      verifySignature(auth, { ...request, headers: withAuth }, v.inputs.access_key_secret),
    ).not.toThrow();
    expect(() => verifySignature(auth, { ...request, headers: withAuth }, 'wrong-secret')).toThrow(
      /signature/,
    );
  });
});

describe('OSS V1 query vectors', () => {
  it.each(byAlgorithm('OSS-V1-HMAC-SHA1-query').map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const { key, query } = splitUrl(v.expected.url ?? '');
    expect(key).toBe(v.inputs.key);
    const auth = parseAuthorization({ headers: new Map(), query });
    expect(auth.scheme).toBe('v1-query');
    if (auth.scheme !== 'v1-query') return;
    expect(auth.expires).toBe(String(v.inputs.expires_unix));
    const stringToSign = getV1StringToSign({
      method: v.inputs.method,
      headers: new Map(),
      dateLine: auth.expires,
      bucket: v.inputs.bucket,
      key,
      query: query.filter(([k]) => !['OSSAccessKeyId', 'Expires', 'Signature'].includes(k)),
    });
    expect(computeV1Signature(v.inputs.access_key_secret, stringToSign)).toBe(v.expected.signature);
    const request = {
      method: v.inputs.method,
      bucket: v.inputs.bucket,
      key,
      query,
      headers: new Map<string, string>(),
    };
    expect(() => verifySignature(auth, request, v.inputs.access_key_secret)).not.toThrow();
    // ali-oss writes the same parameters in another order; the verifier must not care
    const ali = typeof v.ali_oss_detail === 'object' ? v.ali_oss_detail.url : undefined;
    if (ali !== undefined) {
      const parsed = splitUrl(ali);
      const aliAuth = parseAuthorization({ headers: new Map(), query: parsed.query });
      if (aliAuth.scheme !== 'v1-query') throw new Error('expected v1-query');
      expect(() =>
        verifySignature(aliAuth, { ...request, ...parsed }, v.inputs.access_key_secret),
      ).not.toThrow();
    }
  });
});

describe('OSS V4 header vectors', () => {
  it.each(byAlgorithm('OSS4-HMAC-SHA256-header').map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const headers = headerMapFromRecord(v.inputs.headers_after_signer_adds as Record<string, string>);
    const additionalHeaders = normaliseAdditionalHeaders(v.inputs.additional_headers as string[]);
    const request = {
      method: v.inputs.method,
      bucket: v.inputs.bucket,
      key: v.inputs.key ?? undefined,
      query: pairsOf(v.inputs.query),
      headers,
    };
    const canonical = getV4CanonicalRequest({ ...request, additionalHeaders }, new Set(['x-oss-signature']));
    if (typeof v.ali_oss_detail === 'object') expect(canonical).toBe(v.ali_oss_detail.canonical_request);
    const timestamp = v.inputs.sign_time_iso8601 as string;
    const date = timestamp.slice(0, 8);
    const region = v.inputs.region as string;
    const stringToSign = getV4StringToSign(timestamp, getV4Scope(date, region), canonical);
    const signature = computeV4Signature(v.inputs.access_key_secret, date, region, stringToSign);
    const akid = v.inputs.access_key_id as string;
    const extra = additionalHeaders.length > 0 ? `AdditionalHeaders=${additionalHeaders.join(';')},` : '';
    const authorization = `OSS4-HMAC-SHA256 Credential=${akid}/${date}/${region}/oss/aliyun_v4_request,${extra}Signature=${signature}`;
    expect(authorization).toBe(v.expected.authorization);

    const withAuth = new Map([...headers, ['authorization', authorization]]);
    const auth = parseAuthorization({ headers: withAuth, query: request.query });
    if (auth.scheme !== 'v4-header') throw new Error('expected v4-header');
    expect(auth.securityToken).toBe(v.inputs.security_token ?? undefined);
    expect(() =>
      verifySignature(auth, { ...request, headers: withAuth }, v.inputs.access_key_secret),
    ).not.toThrow();
  });
});

describe('OSS V4 query vectors', () => {
  it.each(byAlgorithm('OSS4-HMAC-SHA256-query').map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const headers = headerMapFromRecord(v.inputs.headers as Record<string, string>);
    const urls = [v.expected.url ?? ''];
    if (typeof v.ali_oss_detail === 'object' && v.ali_oss_detail.url !== undefined)
      urls.push(v.ali_oss_detail.url);
    for (const url of urls) {
      const { key, query } = splitUrl(url);
      expect(key).toBe(v.inputs.key);
      const auth = parseAuthorization({ headers, query });
      if (auth.scheme !== 'v4-query') throw new Error('expected v4-query');
      expect(auth.signature).toBe(v.expected['x-oss-signature']);
      const request = { method: v.inputs.method, bucket: v.inputs.bucket, key, query, headers };
      const canonical = getV4CanonicalRequest(
        { ...request, additionalHeaders: auth.additionalHeaders },
        new Set(['x-oss-signature']),
      );
      if (typeof v.ali_oss_detail === 'object') expect(canonical).toBe(v.ali_oss_detail.canonical_request);
      expect(() => verifySignature(auth, request, v.inputs.access_key_secret)).not.toThrow();
      const tampered = query.map(([k, val]) => [k, k === 'param1' ? 'value2' : val] as const);
      expect(() =>
        verifySignature(auth, { ...request, query: tampered }, v.inputs.access_key_secret),
      ).toThrow(/signature/);
    }
  });
});
