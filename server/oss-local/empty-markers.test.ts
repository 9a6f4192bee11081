// Empty paging markers are absent, as on OSS: SDKs (alibabacloud-oss-go-sdk-v2, the Python and Java
// SDKs) send `continuation-token=` or `part-number-marker=` with the first page and get the first page.
// Docs: ListObjectsV2 https://www.alibabacloud.com/help/en/oss/developer-reference/listobjectsv2
//       ListObjects   https://www.alibabacloud.com/help/en/oss/developer-reference/listobjects
//       ListParts     https://www.alibabacloud.com/help/en/oss/developer-reference/listparts
//       ListMultipartUploads https://www.alibabacloud.com/help/en/oss/developer-reference/listmultipartuploads
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from './test-signed-request';
import { errorCode, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

const tag = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1] ?? '');

describe('empty markers are absent', () => {
  it('ListObjectsV2 with continuation-token= answers the first page', async () => {
    const first = await signedRequest(ts, { query: 'list-type=2&max-keys=3' });
    const empty = await signedRequest(ts, { query: 'continuation-token=&list-type=2&max-keys=3' });
    expect(empty.status).toBe(200);
    expect(tag(empty.body.toString(), 'Key')).toEqual(tag(first.body.toString(), 'Key'));
    expect(tag(empty.body.toString(), 'Key')).toHaveLength(3);
  });

  it('ListObjects (V1) with marker= answers the first page', async () => {
    const first = await signedRequest(ts, { query: 'max-keys=3' });
    const empty = await signedRequest(ts, { query: 'marker=&max-keys=3' });
    expect(empty.status).toBe(200);
    expect(tag(empty.body.toString(), 'Key')).toEqual(tag(first.body.toString(), 'Key'));
  });

  it('ListParts with part-number-marker= and ListMultipartUploads with key-marker=&upload-id-marker=', async () => {
    const init = await signedRequest(ts, { method: 'POST', key: 'markers/a.bin', query: 'uploads' });
    const uploadId = tag(init.body.toString(), 'UploadId')[0] ?? '';
    await signedRequest(ts, {
      method: 'PUT',
      key: 'markers/a.bin',
      query: `partNumber=1&uploadId=${uploadId}`,
      body: 'part one',
    });
    const parts = await signedRequest(ts, {
      key: 'markers/a.bin',
      query: `part-number-marker=&uploadId=${uploadId}`,
    });
    expect([parts.status, errorCode(parts.body)]).toEqual([200, undefined]);
    expect(tag(parts.body.toString(), 'PartNumber')).toEqual(['1']);

    const uploads = await signedRequest(ts, { query: 'key-marker=&upload-id-marker=&uploads' });
    expect(uploads.status).toBe(200);
    expect(tag(uploads.body.toString(), 'UploadId')).toContain(uploadId);
  });
});
