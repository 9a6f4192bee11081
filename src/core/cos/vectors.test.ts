// Published COS signing vectors (vectors/signing-vectors.json, ids `cos-sha1-…`): the "Request Signature"
// documentation's two use cases and the Go SDK's presigned-URL test. Every intermediate a vector gives is
// asserted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorizeCosRequest } from './authorize-cos-request';
import { createCosPresigner } from './cos-presigner';
import { getCosKeyPath } from './cos-url-text';
import type { CosField } from './http-pairs';

interface CosVector {
  id: string;
  algorithm: string;
  usable: boolean;
  inputs: {
    secret_id: string;
    secret_key: string;
    method: string;
    path: string;
    path_on_wire?: string;
    key_time: string;
    sign_time: string;
    params: Record<string, string>;
    headers: Record<string, string>;
    sign_host?: boolean;
  };
  expected: Partial<
    Record<
      | 'sign_key'
      | 'header_list'
      | 'url_param_list'
      | 'http_headers'
      | 'http_parameters'
      | 'string_to_sign'
      | 'signature'
      | 'authorization'
      | 'url_raw_query',
      string
    >
  >;
}

const vectorsPath = new URL('../../../vectors/signing-vectors.json', import.meta.url);
const all = JSON.parse(readFileSync(vectorsPath, 'utf8')) as Array<{ id: string }>;
const cos = all.filter((v) => v.id.startsWith('cos-sha1-')) as CosVector[];
const presigner = await createCosPresigner();

/** The query's fields in order, decoded (forms differ in which characters they percent-encode). */
const fieldsOf = (query: string): Array<[string, string]> => [...new URLSearchParams(query)];

describe('published COS signing vectors', () => {
  it('has the three COS vectors, all usable, with KeyTime = SignTime', () => {
    expect(cos.map((v) => v.id)).toEqual([
      'cos-sha1-header-01-doc-put',
      'cos-sha1-header-02-doc-get',
      'cos-sha1-query-04-gosdk-presign',
    ]);
    expect(cos.every((v) => v.usable && v.algorithm.startsWith('COS-q-sign-sha1'))).toBe(true);
    expect(cos.every((v) => v.inputs.key_time === v.inputs.sign_time)).toBe(true);
  });

  for (const v of cos) {
    it(`${v.id}: every intermediate`, async () => {
      const session = await presigner.session(
        { secretId: v.inputs.secret_id, secretKey: v.inputs.secret_key },
        { now: 0 },
      );
      const signed = await authorizeCosRequest(session, {
        method: v.inputs.method,
        pathname: v.inputs.path,
        params: Object.entries(v.inputs.params) as CosField[],
        headers: Object.entries(v.inputs.headers) as CosField[],
        keyTime: v.inputs.key_time,
      });
      const e = v.expected;
      const checks: Array<[string | undefined, string]> = [
        [e.sign_key, signed.signKey],
        [e.header_list, signed.headerList],
        [e.url_param_list, signed.urlParamList],
        [e.http_headers, signed.httpHeaders],
        [e.http_parameters, signed.httpParameters],
        [e.string_to_sign, signed.stringToSign],
        [e.signature, signed.signature],
        [e.authorization, signed.authorization],
      ];
      const given = checks.filter(([want]) => want !== undefined);
      expect(given.length + (e.url_raw_query === undefined ? 0 : 1)).toBeGreaterThanOrEqual(2);
      for (const [want, got] of given) expect(got).toBe(want);
      if (e.url_raw_query !== undefined) {
        // The Go SDK encodes every ";" (%3B); the JS SDK's form, which ours follows, only the param list's.
        expect(fieldsOf(signed.authorizationQuery)).toEqual(fieldsOf(e.url_raw_query));
      }
      if (v.inputs.path_on_wire !== undefined) {
        // The page writes "(" raw in the request line; the SDKs (and we) write %28: the same path.
        expect(decodeURIComponent(`/${getCosKeyPath(v.inputs.path.slice(1))}`)).toBe(
          decodeURIComponent(v.inputs.path_on_wire),
        );
      }
    });
  }
});
