// OSS behaviours the console must detect or warn about, checked over loopback HTTP: forced download on
// default/accelerate domains, ApkDownloadForbidden, CORS, encoding-type=url, Range, public-read buckets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import { SEED_OBJECTS, TRICKY_KEYS } from '../object-store/seed/seed-objects';
import { signedRequest } from './test-signed-request';
import {
  CONSOLE_ORIGIN,
  errorCode,
  fullAccess,
  mint,
  sdkClient,
  sdkErrorCode,
  startTestServer,
  type TestServer,
} from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

const creds = () => mint(fullAccess('examplebucket', 'public-bucket', 'nocors-bucket'));
const bucketUrl = (bucket: string, path: string): string =>
  `http://${bucket}.${ts.server.endpointHost}:${ts.server.httpPort}${path}`;
const seed = (bucket: string, key: string): Buffer => {
  const spec = SEED_OBJECTS.find((s) => s.bucket === bucket && s.key === key);
  if (spec === undefined) throw new Error(`no seed ${bucket}/${key}`);
  return spec.build();
};

describe('forced download and ApkDownloadForbidden', () => {
  it('forces download of images and HTML on the default and accelerate hosts, not on a custom domain', async () => {
    const c = creds();
    for (const key of ['photos/2024/sunset.png', 'photos/2024/sky.jpg', 'site/index.html']) {
      for (const options of [{}, { accelerate: true }]) {
        const res = await loopbackRequest(sdkClient(ts, c, options).signatureUrl(key, { expires: 600 }));
        expect(res.status).toBe(200);
        expect(res.headers['x-oss-force-download']).toBe('true');
        expect(res.headers['content-disposition']).toBe('attachment');
      }
      const custom = await loopbackRequest(
        sdkClient(ts, c, { cname: 'files.example.localhost' }).signatureUrl(key, { expires: 600 }),
      );
      expect(custom.status).toBe(200);
      expect(custom.headers['x-oss-force-download']).toBeUndefined();
      expect(custom.headers['content-disposition']).toBeUndefined();
    }
  });

  it('does not force text, and keeps a requested attachment filename', async () => {
    const c = sdkClient(ts, creds());
    const text = await loopbackRequest(c.signatureUrl('readme.txt', { expires: 600 }));
    expect(text.headers['x-oss-force-download']).toBeUndefined();
    const named = await loopbackRequest(
      c.signatureUrl('photos/2024/sunset.png', {
        expires: 600,
        response: { 'content-disposition': 'attachment; filename="s.png"' },
      }),
    );
    expect(named.headers['content-disposition']).toBe('attachment; filename="s.png"');
    const inline = await loopbackRequest(
      c.signatureUrl('photos/2024/sunset.png', {
        expires: 600,
        response: { 'content-disposition': 'inline' },
      }),
    );
    expect(inline.headers['content-disposition']).toBe('attachment');
  });

  it('refuses .apk and .ipa URLs on default and accelerate hosts, serves them on a custom domain', async () => {
    const c = creds();
    for (const key of ['apps/app.apk', 'apps/app.ipa']) {
      for (const options of [{}, { accelerate: true }]) {
        const res = await loopbackRequest(sdkClient(ts, c, options).signatureUrl(key, { expires: 600 }));
        expect([res.status, errorCode(res.body)]).toEqual([400, 'ApkDownloadForbidden']);
      }
      const custom = await loopbackRequest(
        sdkClient(ts, c, { cname: 'files.example.localhost' }).signatureUrl(key, { expires: 600 }),
      );
      expect(custom.status).toBe(200);
      expect(Buffer.compare(custom.body, seed('examplebucket', key))).toBe(0);
    }
  });
});

describe('CORS', () => {
  const preflight = (bucket: string, origin: string, method = 'GET', headers = 'authorization,x-oss-date') =>
    loopbackRequest(bucketUrl(bucket, '/readme.txt'), {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': headers,
      },
    });

  it('answers an allowed preflight with the rule', async () => {
    const res = await preflight('examplebucket', CONSOLE_ORIGIN, 'PUT');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
    expect(res.headers['access-control-allow-methods']).toBe('GET, PUT, HEAD, POST, DELETE');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, x-oss-date');
    expect(res.headers['access-control-max-age']).toBe('600');
  });

  it('refuses a preflight from another origin, and any preflight on nocors-bucket', async () => {
    const other = await preflight('examplebucket', 'http://evil.localhost');
    expect([other.status, errorCode(other.body)]).toEqual([403, 'AccessForbidden']);
    expect(other.body.toString()).toContain('CORSResponse: This CORS request is not allowed.');
    const none = await preflight('nocors-bucket', CONSOLE_ORIGIN);
    expect([none.status, errorCode(none.body)]).toEqual([403, 'AccessForbidden']);
    expect(none.body.toString()).toContain('CORSResponse: CORS is not enabled for this bucket.');
  });

  it('decorates actual responses, errors included, and exposes the rule headers', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('readme.txt', { expires: 600 });
    const ok = await loopbackRequest(url, { headers: { Origin: CONSOLE_ORIGIN } });
    expect(ok.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
    expect(ok.headers['access-control-expose-headers']).toContain('x-oss-request-id');
    expect(ok.headers.vary).toContain('Origin');
    const denied = await loopbackRequest(bucketUrl('examplebucket', '/readme.txt'), {
      headers: { Origin: CONSOLE_ORIGIN },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
    const nocors = await loopbackRequest(
      sdkClient(ts, creds(), { bucket: 'nocors-bucket' }).signatureUrl('data/sample.txt', { expires: 600 }),
      {
        headers: { Origin: CONSOLE_ORIGIN },
      },
    );
    expect(nocors.status).toBe(200);
    expect(nocors.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('listing', () => {
  it('encoding-type=url encodes keys (and decodes back to the exact tricky keys)', async () => {
    const r = await sdkClient(ts, creds(), { v4: true }).listV2(
      { prefix: 'tricky/', 'max-keys': '1000', 'encoding-type': 'url' },
      {},
    );
    const names = r.objects.map((o) => o.name);
    expect(names).toContain('tricky%2Fa%20b.txt');
    expect(names).toContain('tricky%2Fa%2Bb.txt');
    expect(names).toContain('tricky%2F100%25.txt');
    const decoded = names.map((n) => decodeURIComponent(n));
    expect(decoded.sort()).toEqual(TRICKY_KEYS.filter((k) => k.startsWith('tricky/')).sort());
  });

  it('answers the OSS XML shape for V1 and V2, including the empty folder marker', async () => {
    const client = sdkClient(ts, creds());
    const v2 = await client.listV2({ prefix: 'empty-folder/', 'fetch-owner': 'true' } as never, {});
    expect(v2.objects.map((o) => [o.name, o.size])).toEqual([['empty-folder/', 0]]);
    expect(v2.objects[0]?.owner?.id).toBeDefined();
    expect(v2.keyCount).toBe(1);
    const v1 = await client.list({ prefix: 'deep/', delimiter: '/', 'max-keys': 100 }, {});
    expect(v1.prefixes).toEqual(['deep/a/']);
    expect(await sdkErrorCode(client.listV2({ 'max-keys': '1001' }, {}))).toBe('InvalidArgument');
    expect(await sdkErrorCode(client.listV2({ 'continuation-token': 'not a token!' }, {}))).toBe(
      'InvalidArgument',
    );
  });

  it('lists custom domains with ?cname and answers GetBucketInfo', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('', { expires: 600, subResource: { cname: '' } });
    const res = await loopbackRequest(url);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<Cname><Domain>files.example.localhost</Domain>');
    const info = await sdkClient(ts, creds()).getBucketInfo('examplebucket');
    expect(info.bucket.Name).toBe('examplebucket');
  });
});

describe('objects', () => {
  it('serves ranges with 206 and Content-Range; past the end: whole object, or 416 with x-oss-range-behavior: standard', async () => {
    const client = sdkClient(ts, creds(), { v4: true });
    const full = seed('examplebucket', 'big-file/sample-5mb.bin');
    const part = await client.get('big-file/sample-5mb.bin', { headers: { Range: 'bytes=1000-1999' } });
    expect(part.res.status).toBe(206);
    expect((part.res.headers as Record<string, string>)['content-range']).toBe(
      `bytes 1000-1999/${full.length}`,
    );
    expect(Buffer.compare(part.content as Buffer, full.subarray(1000, 2000))).toBe(0);
    const url = sdkClient(ts, creds()).signatureUrl('readme.txt', { expires: 600 });
    const past = await loopbackRequest(url, { headers: { Range: 'bytes=999999-' } });
    expect(past.status).toBe(200);
    expect(past.body.toString()).toBe(seed('examplebucket', 'readme.txt').toString());
    // x-oss-* headers are signed (V1 CanonicalizedOSSHeaders), so this one is signed with the request
    const strict = await signedRequest(ts, {
      key: 'readme.txt',
      headers: { Range: 'bytes=999999-', 'x-oss-range-behavior': 'standard' },
    });
    expect([strict.status, errorCode(strict.body)]).toEqual([416, 'InvalidRange']);
    const tail = await loopbackRequest(url, { headers: { Range: 'bytes=-5' } });
    expect(tail.status).toBe(206);
    expect(tail.body.toString()).toBe(seed('examplebucket', 'readme.txt').subarray(-5).toString());
  });

  it('answers conditional GETs with 304 and 412', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('readme.txt', { expires: 600 });
    const first = await loopbackRequest(url);
    const etag = String(first.headers.etag);
    expect((await loopbackRequest(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const failed = await loopbackRequest(url, { headers: { 'If-Match': '"0000"' } });
    expect([failed.status, errorCode(failed.body)]).toEqual([412, 'PreconditionFailed']);
  });

  it('reports NoSuchKey and NoSuchBucket; HEAD errors carry x-oss-err', async () => {
    const client = sdkClient(ts, creds());
    const missing = await loopbackRequest(client.signatureUrl('no/such.txt', { expires: 600 }));
    expect([missing.status, errorCode(missing.body)]).toEqual([404, 'NoSuchKey']);
    const head = await loopbackRequest(
      client.signatureUrl('no/such.txt', { expires: 600, method: 'HEAD' as 'GET' }),
      { method: 'HEAD' },
    );
    expect(head.status).toBe(404);
    expect(errorCode(Buffer.from(String(head.headers['x-oss-err']), 'base64'))).toBe('NoSuchKey');
    const bucket = await loopbackRequest(bucketUrl('nosuchbucket', '/x'));
    expect([bucket.status, errorCode(bucket.body)]).toEqual([404, 'NoSuchBucket']);
  });

  it('checks Content-MD5 on upload: InvalidDigest and BadDigest', async () => {
    const client = sdkClient(ts, creds());
    const body = Buffer.from('digest me');
    expect(
      await sdkErrorCode(client.put('uploads/md5.txt', body, { headers: { 'Content-MD5': 'not-md5' } })),
    ).toBe('InvalidDigest');
    const wrong = Buffer.from('0123456789abcdef').toString('base64');
    expect(
      await sdkErrorCode(client.put('uploads/md5.txt', body, { headers: { 'Content-MD5': wrong } })),
    ).toBe('BadDigest');
  });

  it('lets anyone read a public-read bucket, but not write to it', async () => {
    const res = await loopbackRequest(bucketUrl('public-bucket', '/public/hello.txt'));
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, seed('public-bucket', 'public/hello.txt'))).toBe(0);
    const cdn = await loopbackRequest(`http://cdn.example.localhost:${ts.server.httpPort}/public/logo.png`);
    expect(cdn.status).toBe(200);
    expect(cdn.headers['x-oss-force-download']).toBeUndefined();
    const put = await loopbackRequest(bucketUrl('public-bucket', '/public/new.txt'), {
      method: 'PUT',
      body: 'x',
    });
    expect([put.status, errorCode(put.body)]).toEqual([403, 'AccessDenied']);
  });
});
