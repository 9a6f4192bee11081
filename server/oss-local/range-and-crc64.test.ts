// GetObject over HTTP: Range outside the object, and x-oss-hash-crc64ecma on every read and write.
// Docs: Range  https://www.alibabacloud.com/help/en/oss/developer-reference/getobject
//              https://help.aliyun.com/en/oss/developer-reference/scope-download-using-oss-sdk-for-php-v2
//       CRC-64 https://www.alibabacloud.com/help/en/oss/developer-reference/crc-64 ("OSS returns
//              x-oss-hash-crc64ecma for PutObject, UploadPart, CompleteMultipartUpload, GetObject…")
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc64Of } from '../object-store/crc64';
import { signedRequest } from './test-signed-request';
import { errorCode, sdkClient, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

const body = Buffer.from('0123456789'.repeat(100)); // 1000 bytes, as in the OSS doc's table

describe('Range outside the object', () => {
  it('follows the OSS table, default and standard', async () => {
    await signedRequest(ts, { method: 'PUT', key: 'range/1000.bin', body });
    const get = (range: string, standard = false) =>
      signedRequest(ts, {
        key: 'range/1000.bin',
        headers: { Range: range, ...(standard ? { 'x-oss-range-behavior': 'standard' } : {}) },
      });

    const endPast = await get('bytes=500-2000');
    expect([endPast.status, endPast.body.length]).toEqual([200, 1000]);
    expect(endPast.headers['content-range']).toBeUndefined();
    const endPastStd = await get('bytes=500-2000', true);
    expect([endPastStd.status, endPastStd.headers['content-range']]).toEqual([206, 'bytes 500-999/1000']);
    expect(endPastStd.body).toEqual(body.subarray(500));

    const startPast = await get('bytes=1000-2000');
    expect([startPast.status, startPast.body.length]).toEqual([200, 1000]);
    const startPastStd = await get('bytes=1000-2000', true);
    expect([startPastStd.status, errorCode(startPastStd.body)]).toEqual([416, 'InvalidRange']);

    const inside = await get('bytes=10-19');
    expect([inside.status, inside.body.toString()]).toEqual([206, '0123456789']);
  });
});

describe('x-oss-hash-crc64ecma', () => {
  it('is sent by PutObject and GetObject/HeadObject, whole and ranged, and equals the CRC-64 of the bytes', async () => {
    const put = await signedRequest(ts, { method: 'PUT', key: 'crc/put.bin', body });
    expect(put.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(body));
    const get = await signedRequest(ts, { key: 'crc/put.bin' });
    expect(get.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(body));
    const head = await signedRequest(ts, { method: 'HEAD', key: 'crc/put.bin' });
    expect(head.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(body));
    // a range still carries the whole object's CRC, as OSS does
    const ranged = await signedRequest(ts, { key: 'crc/put.bin', headers: { Range: 'bytes=0-9' } });
    expect(ranged.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(body));
    // seed objects too
    const seeded = await signedRequest(ts, { key: 'readme.txt' });
    expect(seeded.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(seeded.body));
  });

  it('is sent by UploadPart (the part) and CompleteMultipartUpload (the object)', async () => {
    const key = 'crc/multipart.bin';
    const init = await signedRequest(ts, { method: 'POST', key, query: 'uploads' });
    const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
    const one = Buffer.alloc(100 * 1024, 1);
    const two = Buffer.from('the last part');
    const parts = [];
    for (const [n, bytes] of [one, two].entries()) {
      const res = await signedRequest(ts, {
        method: 'PUT',
        key,
        query: `partNumber=${n + 1}&uploadId=${uploadId}`,
        body: bytes,
      });
      expect(res.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(bytes));
      parts.push(`<Part><PartNumber>${n + 1}</PartNumber><ETag>${String(res.headers.etag)}</ETag></Part>`);
    }
    const done = await signedRequest(ts, {
      method: 'POST',
      key,
      query: `uploadId=${uploadId}`,
      body: `<CompleteMultipartUpload>${parts.join('')}</CompleteMultipartUpload>`,
    });
    expect(done.status).toBe(200);
    const whole = Buffer.concat([one, two]);
    expect(done.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(whole));
    const get = await signedRequest(ts, { key });
    expect(get.headers['x-oss-hash-crc64ecma']).toBe(crc64Of(whole));
  });

  it('lets an SDK with CRC checking on download and upload (ali-oss crc64 of the body)', async () => {
    const client = sdkClient(ts, undefined);
    const put = await client.put('crc/sdk.txt', Buffer.from('checked by the SDK'));
    expect((put.res.headers as Record<string, string>)['x-oss-hash-crc64ecma']).toBe(
      crc64Of(Buffer.from('checked by the SDK')),
    );
  });
});
