// A valid baseline JPEG of one flat grey 8x8 block: one DC coefficient, all AC zero. Enough for a real
// image/jpeg object without an encoder dependency or a binary fixture.

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** `grey` 0..255. */
export function encodeFlatJpeg(grey: number): Buffer {
  const dc = Math.round((grey - 128) * 8); // orthonormal DCT: pixel = 128 + DC / 8, with a quantiser of 1
  const category = dc === 0 ? 0 : Math.floor(Math.log2(Math.abs(dc))) + 1;
  const magnitude = dc >= 0 ? dc : dc + (1 << category) - 1; // JPEG's one's-complement for negatives

  // Huffman tables with a single 1-bit code each: DC -> `category`, AC -> 0x00 (end of block)
  const oneCode = (symbol: number): number[] => [1, ...new Array<number>(15).fill(0), symbol];
  let bits = '0' + (category > 0 ? magnitude.toString(2).padStart(category, '0') : '') + '0';
  bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '1');
  const scan: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    const byte = parseInt(bits.slice(i, i + 8), 2);
    scan.push(byte);
    if (byte === 0xff) scan.push(0x00); // byte stuffing
  }

  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...oneCode(category)]),
    ...segment(0xc4, [0x10, ...oneCode(0x00)]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}
