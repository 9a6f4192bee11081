// cos-local's verifier against the published COS signing vectors (vectors/signing-vectors.json: the
// "Request Signature / 请求签名" page's examples, https://cloud.tencent.com/document/product/436/7778, and
// cos-go-sdk-v5's presign test), recomputed with computeCosSignature from their inputs.
import { describe, expect, it } from 'vitest';
import vectors from '../../../vectors/signing-vectors.json';
import { canonicalPairs, computeCosSignature, parseAuthorizationHeader } from './cos-signature';

interface CosVector {
  id: string;
  algorithm: string;
  inputs: {
    secret_key: string;
    method: string;
    path: string;
    key_time: string;
    sign_time: string;
    params: Record<string, string>;
    headers: Record<string, string>;
  };
  expected: {
    sign_key?: string;
    http_headers?: string;
    http_parameters?: string;
    string_to_sign?: string;
    signature: string;
    authorization?: string;
  };
}

const cosVectors = (vectors as unknown as CosVector[]).filter((v) => v.algorithm.startsWith('COS-'));

describe('COS signing vectors', () => {
  it('has the published vectors', () => {
    expect(cosVectors.length).toBeGreaterThanOrEqual(3);
  });

  for (const v of cosVectors) {
    it(v.id, () => {
      const { inputs, expected } = v;
      const parts = computeCosSignature({
        secretKey: inputs.secret_key,
        keyTime: inputs.key_time,
        signTime: inputs.sign_time,
        method: inputs.method,
        path: inputs.path,
        params: Object.entries(inputs.params),
        headers: Object.entries(inputs.headers),
      });
      if (expected.sign_key !== undefined) expect(parts.signKey).toBe(expected.sign_key);
      if (expected.http_headers !== undefined)
        expect(canonicalPairs(Object.entries(inputs.headers))).toBe(expected.http_headers);
      if (expected.http_parameters !== undefined)
        expect(canonicalPairs(Object.entries(inputs.params))).toBe(expected.http_parameters);
      if (expected.string_to_sign !== undefined) expect(parts.stringToSign).toBe(expected.string_to_sign);
      expect(parts.signature).toBe(expected.signature);
      if (expected.authorization !== undefined)
        expect(parseAuthorizationHeader(expected.authorization).get('q-signature')).toBe(expected.signature);
    });
  }
});
