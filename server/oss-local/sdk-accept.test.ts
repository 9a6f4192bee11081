// The official SDK (ali-oss) against oss-local over real loopback HTTP and HTTPS: header-signed V1 and V4
// calls and signatureUrl / signatureUrlV4 links, all with STS credentials, all accepted with exact bytes.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import { SEED_OBJECTS } from '../object-store/seed/seed-objects';
import { fullAccess, mint, sdkClient, sdkHeaders, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

const seedBytes = (key: string): Buffer => {
  const spec = SEED_OBJECTS.find((s) => s.bucket === 'examplebucket' && s.key === key);
  if (spec === undefined) throw new Error(`no seed object ${key}`);
  return spec.build();
};

describe.each([
  { name: 'V1 header, HTTP', v4: false, https: false },
  { name: 'V4 header, HTTP', v4: true, https: false },
  { name: 'V1 header, HTTPS', v4: false, https: true },
  { name: 'V4 header, HTTPS', v4: true, https: true },
])('ali-oss $name with STS credentials', ({ v4, https }) => {
  const client = () => sdkClient(ts, mint(fullAccess('examplebucket')), { v4, https });

  it('lists with listV2 across pages (continuation-token is signed)', async () => {
    const c = client();
    const first = await c.listV2({ prefix: 'tricky/', 'max-keys': '5' }, {});
    expect(first.objects.map((o) => o.name)).toHaveLength(5);
    expect(first.isTruncated).toBe(true);
    const second = await c.listV2(
      { prefix: 'tricky/', 'max-keys': '100', 'continuation-token': first.nextContinuationToken ?? '' },
      {},
    );
    const all = [...first.objects, ...second.objects].map((o) => o.name);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('tricky/😀.txt');
    expect(all).toContain('tricky/a+b.txt');
  });

  it('lists with list (V1, marker and delimiter)', async () => {
    const r = await client().list({ prefix: 'photos/', delimiter: '/', 'max-keys': 10 }, {});
    expect(r.prefixes).toEqual(['photos/2023/', 'photos/2024/']);
    expect(r.objects ?? []).toEqual([]);
  });

  it('gets and heads exact bytes, including keys with + % and unicode', async () => {
    const c = client();
    for (const key of [
      'tricky/a+b.txt',
      'tricky/100%.txt',
      'tricky/中文 文件.txt',
      'tricky/what?.txt',
      'photos/2024/sunset.png',
    ]) {
      const got = await c.get(key);
      expect(Buffer.compare(got.content as Buffer, seedBytes(key))).toBe(0);
      const head = await c.head(key);
      expect(sdkHeaders(head)['content-length']).toBe(String(seedBytes(key).length));
      const md5 = createHash('md5').update(seedBytes(key)).digest('hex').toUpperCase();
      expect(sdkHeaders(head).etag).toBe(`"${md5}"`);
    }
  });

  it('puts an object with Content-MD5 and reads it back', async () => {
    const c = client();
    const key = `uploads/${v4 ? 'v4' : 'v1'}-${https ? 'tls' : 'plain'} #1 (ü).txt`;
    const body = Buffer.from(`uploaded by ali-oss ${key}\n`);
    const put = await c.put(key, body, { mime: 'text/plain' });
    expect(put.res.status).toBe(200);
    const got = await c.get(key);
    expect((got.content as Buffer).toString()).toBe(body.toString());
    expect(sdkHeaders(got)['content-type']).toBe('text/plain');
  });
});

describe('signed URLs from ali-oss, fetched by a plain HTTP client', () => {
  it('signatureUrl GET with response-content-disposition, over HTTP and HTTPS (verified certificate)', async () => {
    const creds = mint(fullAccess('examplebucket'));
    for (const https of [false, true]) {
      const url = sdkClient(ts, creds, { https }).signatureUrl('tricky/a b.txt', {
        expires: 600,
        response: { 'content-disposition': 'attachment; filename="a b.txt"' },
      });
      const res = await loopbackRequest(url, { ca: ts.server.certificatePem });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="a b.txt"');
      expect(Buffer.compare(res.body, seedBytes('tricky/a b.txt'))).toBe(0);
    }
  });

  it('signatureUrlV4 GET with response-content-disposition, over HTTP and HTTPS', async () => {
    const creds = mint(fullAccess('examplebucket'));
    for (const https of [false, true]) {
      const url = await sdkClient(ts, creds, { https, v4: true }).signatureUrlV4(
        'GET',
        600,
        { headers: {}, queries: { 'response-content-disposition': 'inline' } },
        'tricky/😀.txt',
      );
      const res = await loopbackRequest(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe('inline');
      expect(Buffer.compare(res.body, seedBytes('tricky/😀.txt'))).toBe(0);
    }
  });

  it('signatureUrl PUT binds Content-Type; the upload is stored with it', async () => {
    const creds = mint(fullAccess('examplebucket'));
    const client = sdkClient(ts, creds);
    const url = client.signatureUrl('uploads/signed-put.csv', {
      method: 'PUT',
      expires: 600,
      'Content-Type': 'text/csv',
    });
    const body = 'a,b\n1,2\n';
    const ok = await loopbackRequest(url, { method: 'PUT', headers: { 'Content-Type': 'text/csv' }, body });
    expect(ok.status).toBe(200);
    const got = await client.get('uploads/signed-put.csv');
    expect((got.content as Buffer).toString()).toBe(body);
    expect(sdkHeaders(got)['content-type']).toBe('text/csv');
  });

  it('signatureUrlV4 PUT with Content-Type over HTTPS', async () => {
    const creds = mint(fullAccess('examplebucket'));
    const client = sdkClient(ts, creds, { v4: true, https: true });
    const url = await client.signatureUrlV4(
      'PUT',
      600,
      { headers: { 'Content-Type': 'application/json' } },
      'uploads/v4-put.json',
    );
    const res = await loopbackRequest(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"ok":true}',
    });
    expect(res.status).toBe(200);
    expect(((await client.get('uploads/v4-put.json')).content as Buffer).toString()).toBe('{"ok":true}');
  });

  it('custom domain: the canonical resource still names the bucket', async () => {
    const creds = mint(fullAccess('examplebucket'));
    const cname = sdkClient(ts, creds, { cname: 'files.example.localhost' });
    const url = cname.signatureUrl('photos/2024/sunset.png', { expires: 600 });
    expect(url.startsWith(`http://files.example.localhost:${ts.server.httpPort}/`)).toBe(true);
    const res = await loopbackRequest(url);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, seedBytes('photos/2024/sunset.png'))).toBe(0);
    // and header-signed SDK calls through the custom domain
    const got = await sdkClient(ts, creds, { cname: 'files.example.localhost', v4: true }).get('readme.txt');
    expect(Buffer.compare(got.content as Buffer, seedBytes('readme.txt'))).toBe(0);
  });

  it('signed source-IP restriction holds for 127.0.0.1', async () => {
    const client = sdkClient(ts, mint(fullAccess('examplebucket')));
    const allowed = client.signatureUrl('readme.txt', {
      expires: 600,
      subResource: { 'x-oss-ac-source-ip': '127.0.0.1', 'x-oss-ac-subnet-mask': '32' },
    });
    expect((await loopbackRequest(allowed)).status).toBe(200);
    const denied = client.signatureUrl('readme.txt', {
      expires: 600,
      subResource: { 'x-oss-ac-source-ip': '10.1.2.3', 'x-oss-ac-subnet-mask': '24' },
    });
    expect((await loopbackRequest(denied)).status).toBe(403);
  });
});
