// cos-local accepts what the official SDK sends, black-box: cos-nodejs-sdk-v5 (header Authorization) for
// GET Bucket, GET/HEAD/PUT/DELETE Object and multipart upload (sliceUploadFile and the multipart* calls),
// with the permanent test key and with a temporary key as the broker's local mode mints it; and
// presigned URLs from getObjectUrl({ Sign: true }) (query-string q-* signature + x-cos-security-token)
// fetched by a plain HTTP client. Docs: GET Bucket https://www.tencentcloud.com/document/product/436/7734,
// multipart https://www.tencentcloud.com/document/product/436/14112, Request Signature .../436/7778.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import COSBrowser from 'cos-js-sdk-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_OBJECTS, TRICKY_KEYS } from '../object-store/seed/seed-objects';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import { BUCKET, mintKey, REGION, sdkFor, sdkForKey, startTestCos, type TestCos } from './test-fixtures';

let ts: TestCos;
beforeAll(async () => {
  ts = await startTestCos();
});
afterAll(async () => {
  await ts.close();
});

const B = { Bucket: BUCKET, Region: REGION };

function signedUrl(
  cos: ReturnType<typeof sdkFor>,
  key: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    cos.getObjectUrl({ ...B, Key: key, Sign: true, ...extra }, (err, data) =>
      err ? reject(err) : resolve(data.Url),
    );
  });
}

describe('cos-nodejs-sdk-v5, header Authorization', () => {
  it('lists the seeded keys page by page with marker and NextMarker', async () => {
    const cos = sdkFor(ts);
    const seen: string[] = [];
    let marker = '';
    for (let page = 0; page < 50; page++) {
      const res = await cos.getBucket({ ...B, MaxKeys: 7, Marker: marker });
      seen.push(...res.Contents.map((c) => c.Key));
      if (res.IsTruncated !== 'true') break;
      expect(res.NextMarker).toBe(res.Contents[res.Contents.length - 1]?.Key);
      marker = res.NextMarker ?? '';
    }
    const expected = SEED_OBJECTS.filter((s) => s.bucket === 'examplebucket').map((s) => s.key);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('lists with prefix and delimiter (CommonPrefixes) and encoding-type=url', async () => {
    const cos = sdkFor(ts);
    const res = await cos.getBucket({ ...B, Prefix: 'photos/', Delimiter: '/', EncodingType: 'url' });
    expect(res.CommonPrefixes.map((p) => decodeURIComponent(p.Prefix))).toEqual([
      'photos/2023/',
      'photos/2024/',
    ]);
    expect(res.Contents).toEqual([]);
    const tricky = await cos.getBucket({ ...B, Prefix: 'tricky/', EncodingType: 'url' });
    const keys = tricky.Contents.map((c) => decodeURIComponent(c.Key));
    for (const key of TRICKY_KEYS.filter((k) => k.startsWith('tricky/'))) expect(keys).toContain(key);
  });

  it('gets every tricky key byte for byte, and honours Range', async () => {
    const cos = sdkFor(ts);
    for (const spec of SEED_OBJECTS.filter(
      (s) => s.bucket === 'examplebucket' && (TRICKY_KEYS as readonly string[]).includes(s.key),
    )) {
      const res = await cos.getObject({ ...B, Key: spec.key });
      expect(Buffer.compare(res.Body as Buffer, spec.build())).toBe(0);
    }
    const ranged = await cos.getObject({ ...B, Key: 'big-file/sample-5mb.bin', Range: 'bytes=10-19' });
    expect(ranged.statusCode).toBe(206);
    expect((ranged.Body as Buffer).length).toBe(10);
  });

  it('puts, heads (metadata kept) and deletes an object', async () => {
    const cos = sdkFor(ts);
    const key = 'uploads/报告 #1+%2B.txt';
    const put = await cos.putObject({
      ...B,
      Key: key,
      Body: Buffer.from('hello cos'),
      ContentType: 'text/plain',
      Headers: { 'x-cos-meta-owner': 'test' },
    });
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const head = await cos.headObject({ ...B, Key: key });
    expect(head.headers?.['content-type']).toBe('text/plain');
    expect(head.headers?.['x-cos-meta-owner']).toBe('test');
    expect(head.headers?.etag).toBe(put.ETag);
    await cos.deleteObject({ ...B, Key: key });
    await expect(cos.headObject({ ...B, Key: key })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('uploads in parts with multipartInit / multipartUpload / multipartComplete, lists and aborts', async () => {
    const cos = sdkFor(ts);
    const key = 'multipart/three-parts.bin';
    const parts = [Buffer.alloc(1024 * 1024, 1), Buffer.alloc(1024 * 1024, 2), Buffer.from('tail')];
    const { UploadId } = await cos.multipartInit({ ...B, Key: key });
    const etags: string[] = [];
    for (const [i, body] of parts.entries()) {
      const res = await cos.multipartUpload({ ...B, Key: key, UploadId, PartNumber: i + 1, Body: body });
      etags.push(res.ETag);
    }
    const listed = await cos.multipartListPart({ ...B, Key: key, UploadId });
    expect(listed.Part.map((p) => p.PartNumber)).toEqual(['1', '2', '3']);
    const done = await cos.multipartComplete({
      ...B,
      Key: key,
      UploadId,
      Parts: etags.map((ETag, i) => ({ PartNumber: i + 1, ETag })),
    });
    expect(done.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
    const got = await cos.getObject({ ...B, Key: key });
    expect(Buffer.compare(got.Body as Buffer, Buffer.concat(parts))).toBe(0);

    const second = await cos.multipartInit({ ...B, Key: 'multipart/aborted.bin' });
    await cos.multipartAbort({ ...B, Key: 'multipart/aborted.bin', UploadId: second.UploadId });
    await expect(
      cos.multipartListPart({ ...B, Key: 'multipart/aborted.bin', UploadId: second.UploadId }),
    ).rejects.toMatchObject({ code: 'NoSuchUpload', statusCode: 404 });
  });

  it('uploads a file with sliceUploadFile, with a temporary key scoped to the prefix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cos-local-slice-'));
    try {
      const file = join(dir, 'slices.bin');
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
      writeFileSync(file, bytes);
      const key = mintKey({
        prefix: 'sliced/',
        actions: [
          'name/cos:ListMultipartUploads',
          'name/cos:ListParts',
          'name/cos:InitiateMultipartUpload',
          'name/cos:UploadPart',
          'name/cos:CompleteMultipartUpload',
          'name/cos:GetObject',
          'name/cos:HeadObject',
          'name/cos:PutObject',
        ],
      });
      const cos = sdkForKey(ts, key);
      await cos.sliceUploadFile({
        ...B,
        Key: 'sliced/slices.bin',
        FilePath: file,
        SliceSize: 1024 * 1024,
        ChunkSize: 1024 * 1024,
      });
      const got = await cos.getObject({ ...B, Key: 'sliced/slices.bin' });
      expect(Buffer.compare(got.Body as Buffer, bytes)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('presigned URLs from getObjectUrl({ Sign: true })', () => {
  it('fetches a tricky key with the permanent key', async () => {
    const spec =
      SEED_OBJECTS.find((s) => s.key.includes('中文') && s.bucket === 'examplebucket') ?? SEED_OBJECTS[0];
    if (spec === undefined) throw new Error('no seed object');
    const url = await signedUrl(sdkFor(ts), spec.key);
    expect(url).toContain('q-sign-algorithm=sha1');
    const res = await loopbackRequest(url);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, spec.build())).toBe(0);
  });

  it('fetches with a temporary key (x-cos-security-token in the URL) and signed response-* overrides', async () => {
    const key = mintKey({ prefix: 'docs/', actions: ['name/cos:GetObject'] });
    const url = await signedUrl(sdkForKey(ts, key), 'docs/guide.pdf', {
      Query: { 'response-content-disposition': 'attachment; filename="guide.pdf"' },
    });
    expect(url).toContain('x-cos-security-token=');
    const res = await loopbackRequest(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="guide.pdf"');
  });

  it('fetches a URL signed by cos-js-sdk-v5 (the browser SDK) with a temporary key', async () => {
    const key = mintKey({ prefix: 'tricky/', actions: ['name/cos:GetObject'] });
    const browser = new COSBrowser({
      SecretId: key.tmpSecretId,
      SecretKey: key.tmpSecretKey,
      SecurityToken: key.sessionToken,
      Domain: ts.server.domainTemplate,
      Protocol: 'http:',
    });
    const spec = SEED_OBJECTS.find((s) => s.key === 'tricky/a+b.txt');
    if (spec === undefined) throw new Error('no seed object');
    const url = await new Promise<string>((resolve, reject) => {
      browser.getObjectUrl({ ...B, Key: spec.key, Sign: true }, (err, data) =>
        err ? reject(err) : resolve(data.Url),
      );
    });
    const res = await loopbackRequest(url);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, spec.build())).toBe(0);
  });
});
