// Published signing vectors (vectors/signing-vectors.json): official documentation and SDK test suites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import type { QueryEntry } from './canonical-v1';
import {
  getCanonicalOssHeadersV1,
  getCanonicalResourceV1,
  getStringToSignV1,
  headerValue,
} from './canonical-v1';
import { normalizeAdditionalHeaders } from './canonical-v4';
import { presignUrl } from './presign-url';
import { createPresigner } from './presigner';

interface Vector {
  id: string;
  algorithm: string;
  usable: boolean;
  inputs: Record<string, unknown> & {
    access_key_id: string;
    access_key_secret: string;
    security_token: string | null;
    method: string;
    bucket: string;
    key: string | null;
    endpoint?: string;
    region?: string;
    headers?: Record<string, string>;
    headers_after_signer_adds?: Record<string, string>;
    query?: Array<[string, string | null]>;
    signed_subresources?: Record<string, string | null>;
    additional_headers?: string[];
    expires_unix?: number;
    sign_time_unix?: number;
    expires_seconds?: number;
    scheme?: string;
  };
  expected: Record<string, string>;
}

const vectorsPath = new URL('../../../vectors/signing-vectors.json', import.meta.url);
const all = JSON.parse(readFileSync(vectorsPath, 'utf8')) as Vector[];
const oss = all.filter((v) => v.algorithm.startsWith('OSS'));
const presigner = await createPresigner();

const credentials = (v: Vector) => ({
  accessKeyId: v.inputs.access_key_id,
  accessKeySecret: v.inputs.access_key_secret,
  securityToken: v.inputs.security_token ?? undefined,
});

function queryOf(url: string): Map<string, string> {
  return new Map(new URL(url).searchParams);
}

describe('published OSS signing vectors', () => {
  it('covers every OSS vector in the file (the others are Tencent COS, asserted against the COS spec in src/core/cos/vectors.test.ts)', () => {
    expect(oss.length).toBeGreaterThanOrEqual(13);
    expect(
      all
        .filter((v) => !v.algorithm.startsWith('OSS'))
        .every((v) => v.algorithm.startsWith('COS') && v.id.startsWith('cos-sha1-')),
    ).toBe(true);
    expect(oss.every((v) => v.usable)).toBe(true);
  });

  for (const v of oss.filter((x) => x.algorithm === 'OSS-V1-HMAC-SHA1-header')) {
    it(`${v.id}: string to sign and Authorization`, async () => {
      const headers = v.inputs.headers ?? {};
      const subresources = Object.entries(v.inputs.signed_subresources ?? {}) as QueryEntry[];
      const stringToSign = getStringToSignV1({
        method: v.inputs.method,
        contentMd5: headerValue(headers, 'content-md5'),
        contentType: headerValue(headers, 'content-type'),
        dateLine: headerValue(headers, 'x-oss-date') ?? headerValue(headers, 'date') ?? '',
        canonicalOssHeaders: getCanonicalOssHeadersV1(headers),
        canonicalResource: getCanonicalResourceV1(v.inputs.bucket, v.inputs.key, subresources),
      });
      expect(stringToSign).toBe(v.expected.string_to_sign);
      const session = await presigner.session(credentials(v), { now: 0, region: 'cn-hangzhou' });
      expect(session.authorizationV1(stringToSign)).toBe(v.expected.authorization);
    });
  }

  for (const v of oss.filter((x) => x.algorithm === 'OSS-V1-HMAC-SHA1-query')) {
    it(`${v.id}: presigned V1 URL`, async () => {
      const expiresUnix = v.inputs.expires_unix!;
      const session = await presigner.session(credentials(v), {
        now: (expiresUnix - 600) * 1000,
        region: 'cn-hangzhou',
      });
      const origin = resolveObjectOrigin(
        v.inputs.bucket,
        { region: 'cn-hangzhou', endpoint: v.inputs.endpoint },
        { kind: 'default' },
        v.inputs.scheme === 'https',
      );
      const signed = presignUrl(session, {
        version: 'v1',
        method: v.inputs.method as 'GET',
        bucket: v.inputs.bucket,
        key: v.inputs.key!,
        origin,
        expiresInSeconds: 600,
        params: { versionId: v.inputs.signed_subresources?.versionId ?? undefined },
      });
      // Parameter order differs between SDKs; the path, every parameter and the signature must match.
      const want = new URL(v.expected.url!);
      const got = new URL(signed.url);
      expect(got.origin + got.pathname).toBe(want.origin + want.pathname);
      expect(queryOf(signed.url)).toEqual(queryOf(v.expected.url!));
      expect(got.searchParams.get('Signature')).toBe(v.expected.signature);
      expect(signed.expiresAt).toBe(expiresUnix * 1000);
    });
  }

  for (const v of oss.filter((x) => x.algorithm === 'OSS4-HMAC-SHA256-header')) {
    it(`${v.id}: V4 Authorization header`, async () => {
      const session = await presigner.session(credentials(v), {
        now: v.inputs.sign_time_unix! * 1000,
        region: v.inputs.region!,
      });
      const headers = v.inputs.headers_after_signer_adds!;
      expect(
        session.authorizationV4({
          method: v.inputs.method,
          bucket: v.inputs.bucket,
          key: v.inputs.key,
          query: v.inputs.query ?? [],
          headers,
          additionalHeaders: normalizeAdditionalHeaders(v.inputs.additional_headers, headers),
        }),
      ).toBe(v.expected.authorization);
    });
  }

  for (const v of oss.filter((x) => x.algorithm === 'OSS4-HMAC-SHA256-query')) {
    it(`${v.id}: presigned V4 URL`, async () => {
      const session = await presigner.session(credentials(v), {
        now: v.inputs.sign_time_unix! * 1000,
        region: v.inputs.region!,
      });
      const origin = resolveObjectOrigin(
        v.inputs.bucket,
        { region: v.inputs.region!, endpoint: v.inputs.endpoint },
        { kind: 'default' },
        v.inputs.scheme === 'https',
      );
      const { 'content-type': contentType, ...otherHeaders } = v.inputs.headers!;
      const signed = presignUrl(session, {
        version: 'v4',
        method: v.inputs.method as 'PUT',
        bucket: v.inputs.bucket,
        key: v.inputs.key!,
        origin,
        expiresInSeconds: v.inputs.expires_seconds!,
        query: v.inputs.query,
        contentType,
        headers: otherHeaders,
        additionalHeaders: v.inputs.additional_headers,
      });
      const got = new URL(signed.url);
      const want = new URL(v.expected.url!);
      // The Go SDK writes "/" in keys as %2F; both decode to the same object.
      expect(decodeURIComponent(got.pathname)).toBe(decodeURIComponent(want.pathname));
      expect(queryOf(signed.url)).toEqual(queryOf(v.expected.url!));
      for (const name of ['x-oss-signature', 'x-oss-date', 'x-oss-expires', 'x-oss-credential']) {
        expect(got.searchParams.get(name)).toBe(v.expected[name]);
      }
    });
  }
});
