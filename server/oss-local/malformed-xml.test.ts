// CompleteMultipartUpload bodies a part list never needs are MalformedXML (400), never a 500 or a hang:
// a DOCTYPE with an external entity (XXE), entity expansion ("billion laughs"), nesting deep enough to
// exhaust a recursive parser's stack.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/completemultipartupload
//       (MalformedXML: "the XML is not well-formed or does not match the schema")
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

async function upload(key: string): Promise<{ uploadId: string; part: string }> {
  const init = await signedRequest(ts, { method: 'POST', key, query: 'uploads' });
  const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
  const res = await signedRequest(ts, {
    method: 'PUT',
    key,
    query: `partNumber=1&uploadId=${uploadId}`,
    body: 'x',
  });
  return { uploadId, part: String(res.headers.etag) };
}

describe('hostile CompleteMultipartUpload XML', () => {
  it('DOCTYPE, external entities, entity expansion and deep nesting -> MalformedXML', async () => {
    const key = 'xml/hostile.bin';
    const { uploadId, part } = await upload(key);
    const partXml = `<Part><PartNumber>1</PartNumber><ETag>${part}</ETag></Part>`;
    const bodies = [
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&xxe;</ETag></Part></CompleteMultipartUpload>`,
      `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><CompleteMultipartUpload>${partXml}<x>&lol2;</x></CompleteMultipartUpload>`,
      `<!doctype CompleteMultipartUpload><CompleteMultipartUpload>${partXml}</CompleteMultipartUpload>`,
      `<CompleteMultipartUpload>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}${partXml}</CompleteMultipartUpload>`,
      `<CompleteMultipartUpload>${'<a>'.repeat(100_000)}</CompleteMultipartUpload>`,
      `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${part}</ETag>`,
      `not xml at all`,
    ];
    for (const body of bodies) {
      const res = await signedRequest(ts, { method: 'POST', key, query: `uploadId=${uploadId}`, body });
      expect([res.status, errorCode(res.body)], body.slice(0, 60)).toEqual([400, 'MalformedXML']);
      expect(res.body.toString()).not.toContain('root:');
    }
    // the upload is untouched and completes with a proper list
    const done = await signedRequest(ts, {
      method: 'POST',
      key,
      query: `uploadId=${uploadId}`,
      body: `<CompleteMultipartUpload>${partXml.replace(/"/g, '&quot;')}</CompleteMultipartUpload>`,
    });
    expect(done.status).toBe(200);
  });
});
