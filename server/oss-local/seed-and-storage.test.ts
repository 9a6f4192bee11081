// The seed is what SEED_OBJECTS / seedManifest() promise, byte for byte; uploads persist in the data
// directory; synthetic folders registered by the seed CLI appear in a running server.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import { seedManifest, SEED_OBJECTS } from '../object-store/seed/seed-objects';
import { upsertSyntheticFolder } from '../object-store/manifest';
import { sdkClient, sdkHeaders, startTestServer, type TestServer } from './test-fixtures';

let dataDir: string;
let ts: TestServer;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oss-local-test-'));
  ts = await startTestServer({ dataDir });
});
afterAll(async () => {
  await ts.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seed', () => {
  it('serves every seeded object with the bytes, size, type and ETag of seedManifest()', async () => {
    const manifest = seedManifest();
    expect(manifest.length).toBe(SEED_OBJECTS.length);
    for (const entry of manifest) {
      // custom domains where the bucket has one: default hosts would refuse the .apk/.ipa objects
      const cname = { examplebucket: 'files.example.localhost', 'public-bucket': 'cdn.example.localhost' }[
        entry.bucket
      ];
      const client = sdkClient(ts, undefined, {
        bucket: entry.bucket,
        ...(cname === undefined ? {} : { cname }),
      });
      const url = client.signatureUrl(entry.key, { expires: 600 });
      const res = await loopbackRequest(url);
      expect(res.status, entry.key).toBe(200);
      expect(createHash('sha256').update(res.body).digest('hex'), entry.key).toBe(entry.sha256Hex);
      expect(res.headers.etag).toBe(entry.etag);
      expect(res.headers['content-type']).toBe(entry.contentType);
      expect(res.body.length).toBe(entry.size);
    }
  });

  it('has real image, PDF and a few-MB binary content', () => {
    const bytes = (key: string): Buffer =>
      SEED_OBJECTS.find((s) => s.key === key)?.build() ?? Buffer.alloc(0);
    expect(bytes('photos/2024/sunset.png').subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const jpeg = bytes('photos/2024/sky.jpg');
    expect([jpeg.subarray(0, 2).toString('hex'), jpeg.subarray(-2).toString('hex')]).toEqual([
      'ffd8',
      'ffd9',
    ]);
    const pdf = bytes('docs/guide.pdf').toString('latin1');
    expect(pdf.startsWith('%PDF-1.4') && pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(bytes('big-file/sample-5mb.bin').length).toBe(5 * 1024 * 1024);
    expect(bytes('empty-folder/').length).toBe(0);
  });
});

describe('data directory', () => {
  it('keeps uploads across restarts', async () => {
    const put = await sdkClient(ts, undefined).put('persist/kept.txt', Buffer.from('still here'));
    expect(put.res.status).toBe(200);
    const again = await startTestServer({ dataDir });
    try {
      const got = await sdkClient(again, undefined, { v4: true }).get('persist/kept.txt');
      expect((got.content as Buffer).toString()).toBe('still here');
      expect(sdkHeaders(got)['content-type']).toBe('text/plain');
    } finally {
      await again.close();
    }
  });

  it('serves a synthetic folder registered while running (npm run seed)', async () => {
    upsertSyntheticFolder(dataDir, {
      bucket: 'examplebucket',
      prefix: 'bulk/',
      count: 2500,
      lastModified: Date.UTC(2024, 0, 1),
    });
    const client = sdkClient(ts, undefined, { v4: true });
    const page = await client.listV2({ prefix: 'bulk/', 'max-keys': '1000' }, {});
    expect(page.objects).toHaveLength(1000);
    expect(page.objects[0]?.name).toBe('bulk/000000000.txt');
    const got = await client.get('bulk/000002499.txt');
    const md5 = createHash('md5')
      .update(got.content as Buffer)
      .digest('hex')
      .toUpperCase();
    expect(sdkHeaders(got).etag).toBe(`"${md5}"`);
    const listed = await client.listV2({ prefix: 'bulk/000002499' }, {});
    expect(listed.objects[0]?.etag).toBe(`"${md5}"`);
    expect(await client.listV2({ prefix: 'bulk/000002500' }, {}).then((r) => r.objects.length)).toBe(0);
  });
});
