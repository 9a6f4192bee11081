// response-* overrides, as OSS applies them: signed GETs may override; anonymous GETs may not ("OSS does
// not support customizing response headers in anonymous GET requests"; the refusal is InvalidRequest
// "Can not override response header on content-type", EC 0017-00000902). A value a header cannot carry
// (CR, LF, other controls, characters past U+00FF) is InvalidArgument, never a 500 or a split response.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/getobject (request parameters)
//       https://help.aliyun.com/zh/oss/support/0017-00000902
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

describe('response-* overrides', () => {
  it('a signed GET gets the headers it asks for', async () => {
    const res = await signedRequest(ts, {
      key: 'readme.txt',
      query:
        'response-cache-control=no-cache&response-content-language=zh-CN&response-content-type=text%2Fcsv',
    });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.headers['content-type']).toBe('text/csv');
  });

  it('an anonymous GET on a public-read bucket may not override: 400 InvalidRequest', async () => {
    const plain = await signedRequest(ts, {
      bucket: 'public-bucket',
      key: 'public/hello.txt',
      anonymous: true,
    });
    expect(plain.status).toBe(200);
    for (const [param, header] of [
      ['response-content-type', 'content-type'],
      ['response-content-disposition', 'content-disposition'],
      ['response-cache-control', 'cache-control'],
    ] as const) {
      const res = await signedRequest(ts, {
        bucket: 'public-bucket',
        key: 'public/hello.txt',
        query: `${param}=x`,
        anonymous: true,
      });
      expect([res.status, errorCode(res.body)]).toEqual([400, 'InvalidRequest']);
      expect(res.body.toString()).toContain(`Can not override response header on ${header}`);
      if (header === 'content-type') expect(res.headers['x-oss-ec']).toBe('0017-00000902');
    }
  });

  it('a value with CR/LF or a character no header can carry -> 400 InvalidArgument, and nothing is injected', async () => {
    for (const value of ['a%0D%0ASet-Cookie:%20x=1', 'a%0Ab', 'a%00b', '%E4%B8%AD%E6%96%87']) {
      const res = await signedRequest(ts, {
        key: 'readme.txt',
        query: `response-content-disposition=${value}`,
      });
      expect([res.status, errorCode(res.body)]).toEqual([400, 'InvalidArgument']);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // the server still answers
    expect((await signedRequest(ts, { key: 'readme.txt' })).status).toBe(200);
  });
});
