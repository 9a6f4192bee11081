// What oss-local refuses in multipart uploads, with OSS's codes: bad signatures, a session policy without
// the action, EntityTooSmall, InvalidPartOrder, InvalidPart, NoSuchUpload, bad part numbers and digests,
// MalformedXML. Plus DeleteObject and the CORS preflights a browser sends before multipart calls.
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type OSS from 'ali-oss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OssPolicy } from '../local-sts/token';
import { loopbackLookup, loopbackRequest } from './loopback-lookup';
import {
  abortUpload,
  CONSOLE_ORIGIN,
  errorCode,
  fullAccess,
  listParts,
  mint,
  sdkClient,
  sdkErrorCode,
  startTestServer,
  type TestServer,
} from './test-fixtures';

const PART = 100 * 1024;
let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

const full = () => sdkClient(ts, mint(fullAccess('examplebucket')));
const md5Etag = (b: Buffer) => `"${createHash('md5').update(b).digest('hex').toUpperCase()}"`;

/** The broker's session policy shape: read everywhere, the given actions on `inbox/` only. */
function policyWith(actions: string[]): OssPolicy {
  return {
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/*'] },
      { Effect: 'Allow', Action: actions, Resource: ['acs:oss:*:*:examplebucket/inbox/*'] },
    ],
  };
}

async function started(c: OSS, key: string, sizes: number[]): Promise<{ uploadId: string; etags: string[] }> {
  const { uploadId } = await c.initMultipartUpload(key);
  const etags: string[] = [];
  for (const [i, size] of sizes.entries()) {
    const body = randomBytes(size);
    etags.push((await c.uploadPart(key, uploadId, i + 1, body, 0, size)).etag);
  }
  return { uploadId, etags };
}

describe('authentication and session policy', () => {
  it('refuses a wrong signature on every multipart call', async () => {
    const creds = mint(fullAccess('examplebucket'));
    const forged = sdkClient(ts, { ...creds, AccessKeySecret: 'not-the-secret' });
    expect(await sdkErrorCode(forged.initMultipartUpload('inbox/x.bin'))).toBe('SignatureDoesNotMatch');
    const { uploadId } = await started(full(), 'inbox/x.bin', []);
    const body = randomBytes(10);
    expect(await sdkErrorCode(forged.uploadPart('inbox/x.bin', uploadId, 1, body, 0, 10))).toBe(
      'SignatureDoesNotMatch',
    );
    expect(await sdkErrorCode(forged.abortMultipartUpload('inbox/x.bin', uploadId))).toBe(
      'SignatureDoesNotMatch',
    );
  });

  it('needs oss:PutObject to initiate, upload parts and complete', async () => {
    const readOnly = sdkClient(ts, mint(policyWith(['oss:ListParts', 'oss:AbortMultipartUpload'])));
    expect(await sdkErrorCode(readOnly.initMultipartUpload('inbox/r.bin'))).toBe('AccessDenied');
    expect(await sdkErrorCode(readOnly.multipartUpload('inbox/r.bin', randomBytes(2 * PART), {}))).toBe(
      'AccessDenied',
    );
    const { uploadId, etags } = await started(full(), 'inbox/r.bin', [PART]);
    expect(await sdkErrorCode(readOnly.uploadPart('inbox/r.bin', uploadId, 2, randomBytes(5), 0, 5))).toBe(
      'AccessDenied',
    );
    expect(
      await sdkErrorCode(
        readOnly.completeMultipartUpload('inbox/r.bin', uploadId, [{ number: 1, etag: etags[0] ?? '' }]),
      ),
    ).toBe('AccessDenied');
    // what it does have works
    expect((await listParts(readOnly, 'inbox/r.bin', uploadId)).res.status).toBe(200);
    expect(await abortUpload(readOnly, 'inbox/r.bin', uploadId)).toBe(204);
  });

  it('needs oss:AbortMultipartUpload and oss:ListParts for those calls, on the policy prefix only', async () => {
    const uploader = sdkClient(ts, mint(policyWith(['oss:PutObject'])));
    const { uploadId } = await started(uploader, 'inbox/a.bin', [PART]);
    expect(await sdkErrorCode(listParts(uploader, 'inbox/a.bin', uploadId))).toBe('AccessDenied');
    expect(await sdkErrorCode(uploader.abortMultipartUpload('inbox/a.bin', uploadId))).toBe('AccessDenied');
    expect(await sdkErrorCode(uploader.initMultipartUpload('outside/a.bin'))).toBe('AccessDenied');
    const broker = sdkClient(
      ts,
      mint(policyWith(['oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'])),
    );
    const done = await broker.multipartUpload('inbox/b.bin', randomBytes(2 * PART + 1), { partSize: PART });
    expect(done.res.status).toBe(200);
  });
});

describe('CompleteMultipartUpload checks', () => {
  it('EntityTooSmall for a non-last part under 100 KB; a small last part is fine', async () => {
    const c = full();
    const small = await started(c, 'inbox/small.bin', [PART - 1, 10]);
    const parts = small.etags.map((etag, i) => ({ number: i + 1, etag }));
    const err = await c
      .completeMultipartUpload('inbox/small.bin', small.uploadId, parts)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'EntityTooSmall', status: 400, ecCode: '0042-00000213' });
    const ok = await started(c, 'inbox/ok.bin', [PART, 1]);
    const done = await c.completeMultipartUpload(
      'inbox/ok.bin',
      ok.uploadId,
      ok.etags.map((etag, i) => ({ number: i + 1, etag })),
    );
    expect(done.etag).toMatch(/^"[0-9A-F]{32}-2"$/);
  });

  it('InvalidPartOrder, MalformedXML and Content-MD5 on the part list (sent raw: the SDK sorts parts)', async () => {
    const c = full();
    const { uploadId, etags } = await started(c, 'inbox/order.bin', [PART, PART]);
    // a signed URL binds Content-Type and Content-MD5 (both in the V1 string to sign)
    const post = (body: string, contentMd5?: string) => {
      const md5: Record<string, string> = contentMd5 === undefined ? {} : { 'Content-MD5': contentMd5 };
      const url = c.signatureUrl('inbox/order.bin', {
        method: 'POST',
        expires: 600,
        'Content-Type': 'application/xml',
        ...md5,
        subResource: { uploadId },
      } as OSS.SignatureUrlOptions);
      return loopbackRequest(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/xml', ...md5 },
        body,
      });
    };
    const part = (n: number) =>
      `<Part><PartNumber>${n}</PartNumber><ETag>${etags[n - 1] ?? ''}</ETag></Part>`;
    const reversed = await post(`<CompleteMultipartUpload>${part(2)}${part(1)}</CompleteMultipartUpload>`);
    expect([reversed.status, errorCode(reversed.body)]).toEqual([400, 'InvalidPartOrder']);
    const twice = await post(`<CompleteMultipartUpload>${part(1)}${part(1)}</CompleteMultipartUpload>`);
    expect(errorCode(twice.body)).toBe('InvalidPartOrder');
    for (const bad of ['<CompleteMultipartUpload><Part>', '<CompleteMultipartUpload/>', 'not xml']) {
      const res = await post(bad);
      expect([res.status, errorCode(res.body)]).toEqual([400, 'MalformedXML']);
    }
    const digest = await post(
      `<CompleteMultipartUpload>${part(1)}</CompleteMultipartUpload>`,
      createHash('md5').update('other').digest('base64'),
    );
    expect(errorCode(digest.body)).toBe('BadDigest');
    const ok = await post(`<CompleteMultipartUpload>${part(1)}${part(2)}</CompleteMultipartUpload>`);
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toContain('<Key>inbox/order.bin</Key>');
  });

  it('InvalidPart for an unknown part or ETag; NoSuchUpload for unknown, finished or foreign uploads', async () => {
    const c = full();
    const { uploadId, etags } = await started(c, 'inbox/parts.bin', [PART]);
    const wrongEtag = [{ number: 1, etag: md5Etag(Buffer.from('x')) }];
    expect(await sdkErrorCode(c.completeMultipartUpload('inbox/parts.bin', uploadId, wrongEtag))).toBe(
      'InvalidPart',
    );
    const missing = [
      { number: 1, etag: etags[0] ?? '' },
      { number: 2, etag: etags[0] ?? '' },
    ];
    expect(await sdkErrorCode(c.completeMultipartUpload('inbox/parts.bin', uploadId, missing))).toBe(
      'InvalidPart',
    );
    const bogus = '0123456789ABCDEF0123456789ABCDEF';
    expect(await sdkErrorCode(c.uploadPart('inbox/parts.bin', bogus, 1, Buffer.from('x'), 0, 1))).toBe(
      'NoSuchUpload',
    );
    expect(await sdkErrorCode(c.abortMultipartUpload('inbox/parts.bin', bogus))).toBe('NoSuchUpload');
    // an upload id names one object: another key in the same bucket does not find it
    expect(await sdkErrorCode(listParts(c, 'inbox/other.bin', uploadId))).toBe('NoSuchUpload');
    await c.completeMultipartUpload('inbox/parts.bin', uploadId, [{ number: 1, etag: etags[0] ?? '' }]);
    expect(await sdkErrorCode(c.abortMultipartUpload('inbox/parts.bin', uploadId))).toBe('NoSuchUpload');
  });

  it('checks part numbers (1..10000) and each part’s Content-MD5', async () => {
    const c = full();
    const { uploadId } = await started(c, 'inbox/numbers.bin', []);
    const body = Buffer.from('part');
    for (const n of [0, 10001]) {
      const err = await c.uploadPart('inbox/numbers.bin', uploadId, n, body, 0, 4).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'InvalidArgument', status: 400 });
    }
    const wrong = createHash('md5').update('other').digest('base64');
    const options = { headers: { 'Content-MD5': wrong } } as unknown as OSS.RequestOptions;
    expect(await sdkErrorCode(c.uploadPart('inbox/numbers.bin', uploadId, 1, body, 0, 4, options))).toBe(
      'BadDigest',
    );
    expect((await listParts(c, 'inbox/numbers.bin', uploadId)).parts).toEqual([]);
  });
});

describe('a client that vanishes mid-part', () => {
  it('leaves no truncated part behind', async () => {
    const c = full();
    const { uploadId } = await c.initMultipartUpload('inbox/vanished.bin');
    const url = new URL(
      c.signatureUrl('inbox/vanished.bin', {
        method: 'PUT',
        expires: 600,
        subResource: { partNumber: '1', uploadId },
      } as OSS.SignatureUrlOptions),
    );
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'PUT',
        headers: { 'Content-Length': String(PART) },
        lookup: loopbackLookup,
        agent: false,
      });
      req.on('error', () => resolve());
      req.write(randomBytes(1000), () => setTimeout(() => req.destroy(), 50));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await listParts(c, 'inbox/vanished.bin', uploadId)).parts).toEqual([]);
  });
});

describe('DeleteObject', () => {
  it('deletes with oss:DeleteObject (204, also when absent) and is refused without it', async () => {
    const c = full();
    await c.put('inbox/delete-me.txt', Buffer.from('bye'));
    expect((await c.delete('inbox/delete-me.txt')).res.status).toBe(204);
    expect(await sdkErrorCode(c.head('inbox/delete-me.txt'))).toBe('NoSuchKey');
    expect((await c.delete('inbox/never-was.txt')).res.status).toBe(204);
    await c.put('inbox/keep.txt', Buffer.from('stay'));
    const uploader = sdkClient(
      ts,
      mint(policyWith(['oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'])),
    );
    expect(await sdkErrorCode(uploader.delete('inbox/keep.txt'))).toBe('AccessDenied');
    expect((await c.head('inbox/keep.txt')).res.status).toBe(200);
  });
});

describe('CORS for browser multipart uploads', () => {
  const preflight = (bucket: string, method: string) =>
    loopbackRequest(
      `http://${bucket}.${ts.server.endpointHost}:${ts.server.httpPort}/inbox/big.bin?uploads`,
      {
        method: 'OPTIONS',
        headers: {
          Origin: CONSOLE_ORIGIN,
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers':
            'authorization,content-md5,content-type,x-oss-content-sha256,x-oss-date,x-oss-security-token,x-oss-user-agent',
        },
      },
    );

  it('allows PUT, POST and DELETE preflights with the SDK headers, and exposes ETag', async () => {
    for (const bucket of ['examplebucket', 'public-bucket']) {
      for (const method of ['PUT', 'POST', 'DELETE', 'GET', 'HEAD']) {
        const res = await preflight(bucket, method);
        expect(res.status).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
        expect(String(res.headers['access-control-allow-methods'])).toContain(method);
        expect(res.headers['access-control-allow-headers']).toContain('x-oss-security-token');
        expect(String(res.headers['access-control-expose-headers'])).toMatch(/ETag.*x-oss-request-id/);
      }
    }
    const none = await preflight('nocors-bucket', 'POST');
    expect([none.status, errorCode(none.body)]).toEqual([403, 'AccessForbidden']);
  });

  it('lets the browser read the ETag of an UploadPart response', async () => {
    const c = full();
    const { uploadId } = await c.initMultipartUpload('inbox/cors.bin');
    const url = c.signatureUrl('inbox/cors.bin', {
      method: 'PUT',
      expires: 600,
      subResource: { partNumber: '1', uploadId },
    } as OSS.SignatureUrlOptions);
    const res = await loopbackRequest(url, {
      method: 'PUT',
      headers: { Origin: CONSOLE_ORIGIN },
      body: 'part one',
    });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(md5Etag(Buffer.from('part one')));
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
    expect(String(res.headers['access-control-expose-headers'])).toContain('ETag');
  });
});
