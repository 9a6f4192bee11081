// Body limits hold for chunked bodies (no Content-Length) as for declared ones: PutObject at most 5 GB,
// UploadPart at most 5 GB per part. The limits are lowered here (option `limits`) so a few bytes prove
// the cut-off; the defaults are OSS's.
// Docs: PutObject https://www.alibabacloud.com/help/en/oss/developer-reference/putobject ("up to 5 GB")
//       UploadPart https://www.alibabacloud.com/help/en/oss/developer-reference/uploadpart
//       ("100 KB to 5 GB"; the last part may be smaller)
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerMapFromRecord } from './auth/header-map';
import { computeV1Signature, getV1StringToSign } from './auth/v1-string-to-sign';
import { loopbackLookup } from './loopback-lookup';
import { resolveOptions } from './options';
import { parseQuery } from './raw-request';
import { signedRequest } from './test-signed-request';
import { ROOT, errorCode, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ limits: { maxObjectBytes: 1000, maxPartBytes: 2000 } });
});
afterAll(async () => {
  await ts.close();
});

/** A PUT with Transfer-Encoding: chunked (no Content-Length), sent in 100-byte chunks. */
function chunkedPut(key: string, query: string, total: number): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'x-oss-date': new Date().toUTCString() };
  const stringToSign = getV1StringToSign({
    method: 'PUT',
    headers: headerMapFromRecord(headers),
    dateLine: headers['x-oss-date'] ?? '',
    bucket: 'examplebucket',
    key,
    query: parseQuery(query),
  });
  headers.authorization = `OSS ${ROOT.accessKeyId}:${computeV1Signature(ROOT.accessKeySecret, stringToSign)}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: `examplebucket.${ts.server.endpointHost}`,
        port: ts.server.httpPort,
        method: 'PUT',
        path: `/${key}${query === '' ? '' : `?${query}`}`,
        headers,
        lookup: loopbackLookup,
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // the server may answer (and close) before every chunk is written: that is the point
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += 100;
        if (!req.write(Buffer.alloc(100, 7))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('body limits', () => {
  it('defaults to OSS: 5 GB per PutObject and per part', () => {
    const { limits } = resolveOptions({ stackKey: 'k' });
    expect(limits).toEqual({ maxObjectBytes: 5 * 1024 ** 3, maxPartBytes: 5 * 1024 ** 3 });
  });

  it('a chunked PutObject past the limit -> EntityTooLarge, nothing stored; under it is stored', async () => {
    const over = await chunkedPut('limits/chunked.bin', '', 1500);
    expect([over.status, errorCode(over.body)]).toEqual([400, 'EntityTooLarge']);
    expect((await signedRequest(ts, { method: 'HEAD', key: 'limits/chunked.bin' })).status).toBe(404);
    const under = await chunkedPut('limits/chunked.bin', '', 900);
    expect(under.status).toBe(200);
    const got = await signedRequest(ts, { key: 'limits/chunked.bin' });
    expect(got.body.length).toBe(900);
  });

  it('a declared Content-Length past the limit is refused before the body', async () => {
    const res = await signedRequest(ts, {
      method: 'PUT',
      key: 'limits/declared.bin',
      body: Buffer.alloc(1001),
    });
    expect([res.status, errorCode(res.body)]).toEqual([400, 'EntityTooLarge']);
  });

  it('a chunked UploadPart past the part limit -> EntityTooLarge', async () => {
    const init = await signedRequest(ts, { method: 'POST', key: 'limits/mp.bin', query: 'uploads' });
    const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
    const over = await chunkedPut('limits/mp.bin', `partNumber=1&uploadId=${uploadId}`, 2500);
    expect([over.status, errorCode(over.body)]).toEqual([400, 'EntityTooLarge']);
    const parts = await signedRequest(ts, { key: 'limits/mp.bin', query: `uploadId=${uploadId}` });
    expect(parts.body.toString()).not.toContain('<Part>');
  });
});
