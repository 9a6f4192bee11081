// Multipart upload with the official SDK (ali-oss) against oss-local over loopback, STS credentials,
// header-signed V1 and V4: multipartUpload end to end (memory and disk stores), listParts, abort, resume
// from a checkpoint after the network is cut mid-upload, and a token that expires mid-upload.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type OSS from 'ali-oss';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  abortUpload,
  fullAccess,
  listParts,
  mint,
  sdkClient,
  sdkErrorCode,
  sdkHeaders,
  startTestServer,
  type TestServer,
} from './test-fixtures';

const KB = 1024;
const PART = 100 * KB;

/** Request lines oss-local logs (method, path, status), to see what reached the server. */
const seen: Array<{ method: string; path: string; status: number }> = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { method?: string; path?: string; status?: number };
        if (entry.method !== undefined)
          seen.push({ method: entry.method, path: entry.path ?? '', status: entry.status ?? 0 });
      }
      done();
    },
  }),
);
const partPuts = (key: string): number =>
  seen.filter((s) => s.method === 'PUT' && decodeURIComponent(s.path) === `/${key}`).length;

let ts: TestServer;
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oss-multipart-'));
  ts = await startTestServer({ dataDir: join(dir, 'data'), logger });
});
beforeEach(() => {
  ts.server.faults.reset();
});
afterAll(async () => {
  await ts.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The multipart ETag computed here from the bytes, independently of the server. */
function expectedEtag(body: Buffer, partSize: number): string {
  const md5s: Buffer[] = [];
  for (let at = 0; at < body.length; at += partSize)
    md5s.push(
      createHash('md5')
        .update(body.subarray(at, at + partSize))
        .digest(),
    );
  const hex = createHash('md5').update(Buffer.concat(md5s)).digest('hex').toUpperCase();
  return `"${hex}-${md5s.length}"`;
}

type Checkpoint = NonNullable<OSS.MultipartUploadOptions['checkpoint']>;

describe.each([
  { name: 'V1', v4: false },
  { name: 'V4', v4: true },
])('ali-oss multipartUpload, header $name, STS credentials', ({ v4 }) => {
  const client = () => sdkClient(ts, mint(fullAccess('examplebucket')), { v4 });

  it('uploads a buffer in parts and reads it back byte-identical (GET, HEAD, list)', async () => {
    const key = `multipart/${v4 ? 'v4' : 'v1'} buffer 中文+.bin`;
    const body = randomBytes(3 * PART + 17 * KB);
    const progress: number[] = [];
    const c = client();
    const result = await c.multipartUpload(key, body, {
      partSize: PART,
      parallel: 3,
      mime: 'application/x-test',
      meta: { owner: 'alice', uid: 0, pid: 0 },
      progress: (p: number) => {
        progress.push(p);
      },
    });
    expect(result.res.status).toBe(200);
    expect(progress.at(-1)).toBe(1);
    const got = await c.get(key);
    expect(Buffer.compare(got.content as Buffer, body)).toBe(0);
    const head = sdkHeaders(await c.head(key));
    expect(head.etag).toBe(expectedEtag(body, PART));
    expect(head['x-oss-object-type']).toBe('Multipart');
    expect(head['content-type']).toBe('application/x-test');
    expect(head['x-oss-meta-owner']).toBe('alice');
    expect(head['content-length']).toBe(String(body.length));
    const listed = await c.listV2({ prefix: 'multipart/', 'max-keys': '100' }, {});
    expect(listed.objects.find((o) => o.name === key)).toMatchObject({ size: body.length, etag: head.etag });
  });

  it('lists parts (paged) and aborts an upload', async () => {
    const c = client();
    const key = `multipart/${v4 ? 'v4' : 'v1'}-aborted.bin`;
    const body = randomBytes(2 * PART);
    const { uploadId } = await c.initMultipartUpload(key);
    const p1 = await c.uploadPart(key, uploadId, 1, body, 0, PART);
    await c.uploadPart(key, uploadId, 2, body, PART, 2 * PART);
    const md5 = createHash('md5').update(body.subarray(0, PART)).digest('hex').toUpperCase();
    expect(p1.etag).toBe(`"${md5}"`);
    const first = await listParts(c, key, uploadId, { 'max-parts': '1' });
    // ali-oss's XML parser gives one <Part> as an object, several as an array
    expect(first.parts).toMatchObject({ PartNumber: '1', Size: String(PART), ETag: p1.etag });
    expect(first.isTruncated).toBe('true');
    expect(first.nextPartNumberMarker).toBe('1');
    const second = await listParts(c, key, uploadId, { 'part-number-marker': '1' });
    expect(second.parts).toMatchObject({ PartNumber: '2', Size: String(PART) });
    expect(await abortUpload(c, key, uploadId)).toBe(204);
    expect(await sdkErrorCode(listParts(c, key, uploadId))).toBe('NoSuchUpload');
    expect(await sdkErrorCode(c.head(key))).toBe('NoSuchKey');
  });
});

describe('ListMultipartUploads', () => {
  it('lists uploads in progress by key, with prefix, delimiter and markers (ali-oss listUploads)', async () => {
    const c = sdkClient(ts, mint(fullAccess('examplebucket')));
    const keys = ['mpu/b.bin', 'mpu/a.bin', 'mpu/a.bin', 'mpu/sub/c.bin'];
    const ids: string[] = [];
    for (const key of keys) ids.push((await c.initMultipartUpload(key)).uploadId);
    const all = await c.listUploads({ prefix: 'mpu/' }, {});
    expect(all.uploads.map((u) => u.name)).toEqual(['mpu/a.bin', 'mpu/a.bin', 'mpu/b.bin', 'mpu/sub/c.bin']);
    const page = await c.listUploads({ prefix: 'mpu/', 'max-uploads': 2 }, {});
    expect(page.isTruncated).toBe(true);
    const rest = await c.listUploads(
      { prefix: 'mpu/', 'key-marker': page.nextKeyMarker, 'upload-id-marker': page.nextUploadIdMarker },
      {},
    );
    expect(rest.uploads.map((u) => u.name)).toEqual(['mpu/b.bin', 'mpu/sub/c.bin']);
    const folded = await c.listUploads({ prefix: 'mpu/', delimiter: '/' } as OSS.ListUploadsQuery, {});
    expect(folded.uploads.map((u) => u.name)).toEqual(['mpu/a.bin', 'mpu/a.bin', 'mpu/b.bin']);
    for (const [i, key] of keys.entries()) await abortUpload(c, key, ids[i] ?? '');
    expect((await c.listUploads({ prefix: 'mpu/' }, {})).uploads).toEqual([]);
  });
});

describe('multipart on disk', () => {
  it('streams a file upload through part files into the object file and cleans up the parts', async () => {
    const file = join(dir, 'upload-source.bin');
    const body = randomBytes(5 * PART + 1);
    writeFileSync(file, body);
    const c = sdkClient(ts, mint(fullAccess('examplebucket')), { v4: true });
    let uploadId = '';
    await c.multipartUpload('multipart/from-file.bin', file, {
      partSize: PART,
      parallel: 2,
      progress: (_p: number, cpt: Checkpoint | null) => {
        if (cpt !== null) uploadId = cpt.uploadId;
      },
    });
    const got = await c.get('multipart/from-file.bin');
    expect(Buffer.compare(got.content as Buffer, body)).toBe(0);
    expect(uploadId).toMatch(/^[0-9A-F]{32}$/);
    expect(readdirSync(join(dir, 'data', 'multipart'))).not.toContain(uploadId);
  });
});

describe('resuming and refreshing', () => {
  it('resumes from the checkpoint after the network is cut mid-upload: only missing parts are sent', async () => {
    const key = 'multipart/resumed.bin';
    const body = randomBytes(5 * PART + 3 * KB);
    const c = sdkClient(ts, mint(fullAccess('examplebucket')));
    ts.server.faults.set({ uploadPartFailAfter: 2, uploadPartFailMode: 'reset' });
    let checkpoint: Checkpoint | undefined;
    const save = (_p: number, cpt: Checkpoint | null) => {
      if (cpt !== null) checkpoint = { ...cpt, doneParts: [...cpt.doneParts] };
    };
    const cut = await c
      .multipartUpload(key, body, { partSize: PART, parallel: 1, progress: save })
      .catch((err: unknown) => err as { code?: string; status?: number });
    expect(cut).toMatchObject({ status: -1 });
    expect(checkpoint?.doneParts.map((p) => p.number)).toEqual([1, 2]);
    const putsBefore = partPuts(key);

    ts.server.faults.set({ uploadPartFailAfter: null });
    const resumed = await c.multipartUpload(key, body, {
      checkpoint,
      partSize: PART,
      parallel: 2,
      progress: save,
    });
    expect(resumed.res.status).toBe(200);
    expect(partPuts(key) - putsBefore).toBe(4);
    const got = await c.get(key);
    expect(Buffer.compare(got.content as Buffer, body)).toBe(0);
    expect(sdkHeaders(await c.head(key)).etag).toBe(expectedEtag(body, PART));
  });

  it('refreshSTSToken supplies new credentials when the token expires mid-upload', async () => {
    const key = 'multipart/refreshed.bin';
    const body = randomBytes(4 * PART);
    let refreshed = 0;
    const original = mint(fullAccess('examplebucket'));
    const refreshSTSToken = async () => {
      refreshed += 1;
      const fresh = mint(fullAccess('examplebucket'), { nowMs: Date.now() + 2_000 });
      return {
        accessKeyId: fresh.AccessKeyId,
        accessKeySecret: fresh.AccessKeySecret,
        stsToken: fresh.SecurityToken,
      };
    };
    // ali-oss refreshes before a request once the interval has passed since the last refresh
    const c = sdkClient(ts, original, { v4: true, sdk: { refreshSTSToken, refreshSTSTokenInterval: 1 } });
    const progress = async (p: number) => {
      // every token issued so far dies after the first part
      if (p > 0 && p < 0.3) ts.server.faults.expireTokensNow();
    };
    await c.multipartUpload(key, body, { partSize: PART, parallel: 1, progress });
    expect(refreshed).toBeGreaterThan(0);
    expect(Buffer.compare((await c.get(key)).content as Buffer, body)).toBe(0);
    // the token the upload started with did expire on the way
    expect(await sdkErrorCode(sdkClient(ts, original).head(key))).toBe('SecurityTokenExpired');
  });

  it('without a refresh hook the upload stops with SecurityTokenExpired and resumes with new credentials', async () => {
    const key = 'multipart/expired.bin';
    const body = randomBytes(4 * PART);
    const old = sdkClient(ts, mint(fullAccess('examplebucket'), { nowMs: Date.now() - 5_000 }));
    let checkpoint: Checkpoint | undefined;
    const failed = await old
      .multipartUpload(key, body, {
        partSize: PART,
        parallel: 1,
        progress: (_p: number, cpt: Checkpoint | null) => {
          if (cpt !== null) checkpoint = { ...cpt, doneParts: [...cpt.doneParts] };
          if (cpt?.doneParts.length === 1) ts.server.faults.expireTokensNow();
        },
      })
      .catch((err: unknown) => err as { code?: string });
    expect(failed).toMatchObject({ code: 'SecurityTokenExpired' });
    expect(checkpoint?.doneParts).toHaveLength(1);
    const renewed = sdkClient(ts, mint(fullAccess('examplebucket'), { nowMs: Date.now() + 2_000 }));
    await renewed.multipartUpload(key, body, { checkpoint, partSize: PART });
    expect(Buffer.compare((await renewed.get(key)).content as Buffer, body)).toBe(0);
  });
});
