import { describe, expect, it } from 'vitest';
import { BLOB_GROUP, createBlobSink } from './export-sink';

describe('createBlobSink', () => {
  it('keeps every new Blob() small (pages grouped as they come) and the file whole and in order', async () => {
    const sizes: number[] = [];
    let delivered: Blob | undefined;
    const sink = createBlobSink(
      'text/csv',
      (b) => (delivered = b),
      (parts, type) => {
        sizes.push(parts.length);
        return new Blob(parts, { type });
      },
    );
    const rows = Array.from({ length: BLOB_GROUP * 3 + 5 }, (_, i) => `row ${i}\r\n`);
    await sink.write('\uFEFFheader\r\n');
    // text, bytes and (from a worker) Blobs, as a page may come
    const as = [(r: string) => r, (r: string) => new TextEncoder().encode(r), (r: string) => new Blob([r])];
    for (const [i, r] of rows.entries()) await sink.write(as[i % 3]!(r));
    await sink.write('');
    await sink.write(new Blob([]));
    await sink.close();
    // bytes, not text(): decoding would drop the BOM
    expect(new Uint8Array(await delivered!.arrayBuffer())).toEqual(
      new TextEncoder().encode(`\uFEFFheader\r\n${rows.join('')}`),
    );
    expect(delivered!.type).toBe('text/csv');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BLOB_GROUP);
  });
});
