import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageBytes, utf8Bytes } from './message-bytes';

describe('MessageBytes', () => {
  it('writes UTF-8 exactly as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Bytes(s)).toEqual(encoder.encode(s));
      }),
    );
    expect(utf8Bytes('a\uD800b\uDC00')).toEqual(encoder.encode('a\uD800b\uDC00'));
  });

  it('appends parts, grows past its capacity, and resets', () => {
    const m = new MessageBytes(16);
    const long = 'x'.repeat(100);
    m.utf8('中')
      .bytes(new Uint8Array([1, 2]))
      .hex(new Uint8Array([0, 0xab, 0xff]))
      .utf8(long);
    expect([...m.view().subarray(0, 11)]).toEqual([
      0xe4,
      0xb8,
      0xad,
      1,
      2,
      ...new TextEncoder().encode('00abff'),
    ]);
    expect(m.view().length).toBe(111);
    expect(m.reset().utf8('ok').view()).toEqual(new TextEncoder().encode('ok'));
  });
});
