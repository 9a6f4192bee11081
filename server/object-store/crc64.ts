// CRC-64 as OSS computes x-oss-hash-crc64ecma: the ECMA-182 polynomial, reflected (0xC96C5795D7870F42),
// initial value and final XOR all ones (the variant catalogued as CRC-64/XZ; check value of "123456789"
// is 0x995DC9BBDF1939FA). OSS sends it as an unsigned decimal. Not a cryptographic primitive: a plain
// table CRC, written here so oss-local needs no native module.
// Doc: https://www.alibabacloud.com/help/en/oss/developer-reference/crc-64
//
// JavaScript has no fast 64-bit integers, so the register is two 32-bit halves and the tables are
// slice-by-8 (eight bytes per step), which keeps multi-GiB uploads hashing at disk speed.

const POLY_HI = 0xc96c5795;
const POLY_LO = 0xd7870f42;

/** TABLE_HI/LO[k * 256 + n]: the CRC of byte n followed by k zero bytes. */
const TABLE_HI = new Uint32Array(8 * 256);
const TABLE_LO = new Uint32Array(8 * 256);

for (let n = 0; n < 256; n++) {
  let hi = 0;
  let lo = n;
  for (let bit = 0; bit < 8; bit++) {
    const carry = lo & 1;
    lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
    hi = hi >>> 1;
    if (carry) {
      hi = (hi ^ POLY_HI) >>> 0;
      lo = (lo ^ POLY_LO) >>> 0;
    }
  }
  TABLE_HI[n] = hi;
  TABLE_LO[n] = lo;
}
for (let k = 1; k < 8; k++) {
  for (let n = 0; n < 256; n++) {
    const prevHi = TABLE_HI[(k - 1) * 256 + n] ?? 0;
    const prevLo = TABLE_LO[(k - 1) * 256 + n] ?? 0;
    const idx = prevLo & 0xff;
    TABLE_HI[k * 256 + n] = ((prevHi >>> 8) ^ (TABLE_HI[idx] ?? 0)) >>> 0;
    TABLE_LO[k * 256 + n] = (((prevLo >>> 8) | (prevHi << 24)) ^ (TABLE_LO[idx] ?? 0)) >>> 0;
  }
}

/** A running CRC-64/ECMA-182 over bytes fed in any number of pieces. */
export class Crc64 {
  #hi = 0xffffffff;
  #lo = 0xffffffff;

  update(bytes: Uint8Array): this {
    let hi = this.#hi;
    let lo = this.#lo;
    const th = TABLE_HI;
    const tl = TABLE_LO;
    const n = bytes.length;
    let i = 0;
    for (; i + 8 <= n; i += 8) {
      const xl =
        (lo ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))) >>> 0;
      const xh =
        (hi ^ (bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24))) >>> 0;
      const a = 7 * 256 + (xl & 0xff);
      const b = 6 * 256 + ((xl >>> 8) & 0xff);
      const c = 5 * 256 + ((xl >>> 16) & 0xff);
      const d = 4 * 256 + (xl >>> 24);
      const e = 3 * 256 + (xh & 0xff);
      const f = 2 * 256 + ((xh >>> 8) & 0xff);
      const g = 256 + ((xh >>> 16) & 0xff);
      const h = xh >>> 24;
      hi = th[a]! ^ th[b]! ^ th[c]! ^ th[d]! ^ th[e]! ^ th[f]! ^ th[g]! ^ th[h]!;
      lo = tl[a]! ^ tl[b]! ^ tl[c]! ^ tl[d]! ^ tl[e]! ^ tl[f]! ^ tl[g]! ^ tl[h]!;
    }
    for (; i < n; i++) {
      const idx = (lo ^ bytes[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ tl[idx]!;
      hi = (hi >>> 8) ^ th[idx]!;
    }
    this.#hi = hi >>> 0;
    this.#lo = lo >>> 0;
    return this;
  }

  /** The CRC as OSS's header writes it: an unsigned 64-bit decimal. */
  digest(): string {
    const hi = BigInt((~this.#hi >>> 0) >>> 0);
    const lo = BigInt((~this.#lo >>> 0) >>> 0);
    return ((hi << 32n) | lo).toString();
  }
}

export function crc64Of(bytes: Uint8Array): string {
  return new Crc64().update(bytes).digest();
}
