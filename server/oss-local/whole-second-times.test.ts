// OSS keeps object times to the second: LastModified/Initiated in XML read `…T03:04:05.000Z` and the
// Last-Modified header is an HTTP date. SDKs that parse OSS's fixed format (the Go and Java SDKs use
// "2006-01-02T15:04:05.000Z") raise on `.721Z`. Uploads here happen at a clock with milliseconds.
// Docs: ListObjectsV2 response (LastModified) https://www.alibabacloud.com/help/en/oss/developer-reference/listobjectsv2
//       ListParts (LastModified), ListMultipartUploads (Initiated)
//       https://www.alibabacloud.com/help/en/oss/developer-reference/listparts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from './test-signed-request';
import { startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  // a server clock that always has milliseconds (…721 ms past the second)
  ts = await startTestServer({ now: () => Math.floor(Date.now() / 1000) * 1000 + 721 });
});
afterAll(async () => {
  await ts.close();
});

const times = (xml: string): string[] =>
  [...xml.matchAll(/<(LastModified|Initiated|CreationDate|ServerTime)>([^<]*)</g)].map((m) => m[2] ?? '');

describe('timestamps have whole seconds', () => {
  it('uploaded objects, parts and uploads list with .000Z; Last-Modified is a whole-second date', async () => {
    await signedRequest(ts, { method: 'PUT', key: 'times/put.txt', body: 'hello' });
    const init = await signedRequest(ts, { method: 'POST', key: 'times/mp.bin', query: 'uploads' });
    const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
    await signedRequest(ts, {
      method: 'PUT',
      key: 'times/mp.bin',
      query: `partNumber=1&uploadId=${uploadId}`,
      body: 'x',
    });

    const listings = [
      await signedRequest(ts, { query: 'list-type=2&prefix=times%2F' }),
      await signedRequest(ts, { query: 'prefix=times%2F' }),
      await signedRequest(ts, { key: 'times/mp.bin', query: `uploadId=${uploadId}` }),
      await signedRequest(ts, { query: 'uploads' }),
      await signedRequest(ts, { query: 'bucketInfo' }),
    ];
    for (const res of listings) {
      expect(res.status).toBe(200);
      const found = times(res.body.toString());
      expect(found.length).toBeGreaterThan(0);
      for (const t of found) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    }

    const head = await signedRequest(ts, { method: 'HEAD', key: 'times/put.txt' });
    const lastModified = String(head.headers['last-modified']);
    expect(lastModified).toMatch(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
    // the object's time is the second it was stored: a client comparing it with the listing agrees
    const listed = times(listings[0]?.body.toString() ?? '').at(0) ?? '';
    expect(Date.parse(lastModified)).toBe(Date.parse(listed));
  });

  it('error documents carry ServerTime with whole seconds', async () => {
    const res = await signedRequest(ts, {
      key: 'times/put.txt',
      headers: { 'x-oss-date': new Date(Date.now() - 3_600_000).toUTCString() },
    });
    expect(res.status).toBe(403);
    const found = times(res.body.toString());
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t).toMatch(/\.000Z$/);
  });
});
