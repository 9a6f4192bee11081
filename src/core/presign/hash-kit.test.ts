import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHashKit, toBase64, toBase64Query } from './hash-kit';

describe('createHashKit HMACs', () => {
  it('keeps every keyed MAC apart although the MACs of one hash share one WebAssembly instance', async () => {
    const kit = await createHashKit();
    const keys = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 100 }), { numRuns: 12, seed: 7 });
    const macs = await Promise.all(
      keys.flatMap((key) =>
        [kit.hmacSha256(key), kit.hmacSha1(key)].map(async (m) => ({ key, mac: await m })),
      ),
    );
    const messages = ['', 'GET\n\n\n1700000000\n/bucket/a.txt', '中文/𝄞'.repeat(40)];
    // interleaved: every MAC digests each message in turn, with a plain SHA-256 between them
    for (const message of messages)
      for (const [i, { key, mac }] of macs.entries()) {
        const algorithm = i % 2 === 0 ? 'sha256' : 'sha1';
        expect(Buffer.from(mac.digest(message)).toString('hex')).toBe(
          createHmac(algorithm, key).update(message).digest('hex'),
        );
        kit.sha256Hex(message);
      }
  });
});

describe('toBase64 / toBase64Query', () => {
  it('toBase64 is RFC 4648 base64 (padded), for every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 2000 },
    );
  });

  it('toBase64Query is encodeURIComponent(toBase64(bytes)): what a V1 URL carries as Signature', () => {
    // "+++++w==" and "//////8=": both alphabet characters that need escaping, and both paddings
    expect(toBase64Query(new Uint8Array([0xfb, 0xef, 0xbe, 0xfb]))).toBe('%2B%2B%2B%2B%2Bw%3D%3D');
    expect(toBase64Query(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('%2F%2F%2F%2F%2F%2F8%3D');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(toBase64Query(bytes)).toBe(encodeURIComponent(toBase64(bytes)));
      }),
      { numRuns: 2000 },
    );
  });
});
