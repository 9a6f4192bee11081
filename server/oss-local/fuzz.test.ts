// Hostile input is a 4xx (or 501), never a 500, a crash or a hang: fast-check sends a few thousand
// malformed requests — odd methods, paths with broken percent-escapes and dot segments, query strings of
// sub-resources and paging parameters with out-of-range values, garbage headers (Range, Content-MD5,
// Authorization, dates, conditionals, x-oss-*), random bodies — three quarters of them correctly signed
// and half of them on existing objects or an upload in progress, so they reach the operations.
// Afterwards the server still answers. No timing assertion: a request that has
// not answered within a generous bound counts as a hang.
// Docs (what the right answers are): https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1_SIGNED_SUBRESOURCES } from './constants';
import type { LoopbackResponse } from './loopback-lookup';
import { signedRequest } from './test-signed-request';
import { startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
/** an upload in progress, so CompleteMultipartUpload bodies and UploadPart requests reach their parsers */
let uploadId = '';
const UPLOAD_KEY = 'fuzz/upload.bin';
beforeAll(async () => {
  ts = await startTestServer();
  const init = await signedRequest(ts, { method: 'POST', key: UPLOAD_KEY, query: 'uploads' });
  uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
});
afterAll(async () => {
  await ts.close();
});

const RUNS = 2500;
const HANG_MS = 20_000;

const pathToken = fc.constantFrom(
  'a',
  'b.txt',
  '%',
  '%2',
  '%zz',
  '%E4%B8',
  '%E4%B8%AD',
  '..',
  '.',
  '',
  '%2F',
  '~',
  '+',
  '%00',
  '%0A',
  'readme.txt',
  'photos',
  '%25',
  'x'.repeat(300),
);
const queryKey = fc.oneof(
  { arbitrary: fc.constantFrom(...V1_SIGNED_SUBRESOURCES), weight: 3 },
  {
    arbitrary: fc.constantFrom(...[...V1_SIGNED_SUBRESOURCES].filter((k) => k.startsWith('response-'))),
    weight: 2,
  },
  fc.constantFrom(
    'list-type',
    'prefix',
    'delimiter',
    'marker',
    'max-keys',
    'start-after',
    'fetch-owner',
    'encoding-type',
    'max-parts',
    'part-number-marker',
    'max-uploads',
    'key-marker',
    'upload-id-marker',
    'x-oss-expires',
    'x-oss-date',
    'x-oss-credential',
    'x-oss-signature-version',
    'OSSAccessKeyId',
    'Expires',
    'Signature',
  ),
  fc.stringMatching(/^[a-z%-]{1,8}$/),
);
const queryValue = fc.constantFrom(
  'UPLOAD_ID',
  '',
  '1',
  '0',
  '-1',
  '2',
  'url',
  '99999999999999999999',
  '%',
  '%zz',
  '%0D%0A',
  'a%0Ab',
  'true',
  'standard',
  'image%2Fresize',
  '%E4%B8%AD',
  'AAAA',
);
const headerName = fc.constantFrom(
  'range',
  'x-oss-range-behavior',
  'content-md5',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'authorization',
  'x-oss-date',
  'date',
  'origin',
  'x-oss-meta-a',
  'x-oss-security-token',
  'x-oss-forbid-overwrite',
  'x-oss-copy-source',
  'x-oss-complete-all',
  'access-control-request-method',
  'access-control-request-headers',
  'x-oss-content-sha256',
  'host',
);
const headerValue = fc.oneof(
  fc.constantFrom(
    'bytes=0-0',
    'bytes=-0',
    'bytes=99999999999999999999-',
    'bytes=5-1',
    'bytes=0-1,2-3',
    'standard',
    'OSS a:b',
    'OSS4-HMAC-SHA256 Credential=x',
    'OSS4-HMAC-SHA256 Credential=a/20240101/cn-local/oss/aliyun_v4_request,Signature=00',
    'not a date',
    'Tue, 01 Jan 1980 00:00:00 GMT',
    '*',
    'yes',
    'true',
    '/examplebucket/readme.txt',
    'GET',
    'http://evil.example',
    'examplebucket.oss-cn-local.localhost',
    'unknown.example',
    '',
  ),
  fc.stringMatching(/^[\x21-\x7e]{0,40}$/),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.constantFrom(
    '<CompleteMultipartUpload></CompleteMultipartUpload>',
    '<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"x"</ETag></Part></CompleteMultipartUpload>',
    '<!DOCTYPE a><a/>',
    '<a>'.repeat(2000),
    '{"listFailEvery":1}',
  ),
);

const request = fc.record({
  method: fc.oneof(
    { arbitrary: fc.constant('GET'), weight: 4 },
    {
      arbitrary: fc.constantFrom('HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'PATCH', 'PROPFIND', 'TRACE'),
      weight: 5,
    },
  ),
  bucket: fc.constantFrom('examplebucket', 'public-bucket', 'nocors-bucket'),
  // existing objects and the open upload half the time, so requests get past NoSuchKey/NoSuchUpload
  path: fc.oneof(
    fc.constantFrom(
      'readme.txt',
      'photos/2024/sunset.png',
      'public/hello.txt',
      UPLOAD_KEY,
      'big-file/sample-5mb.bin',
    ),
    fc.array(pathToken, { maxLength: 5 }).map((parts) => parts.join('/')),
  ),
  query: fc.array(fc.tuple(queryKey, fc.option(queryValue)), { maxLength: 5 }),
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }),
  body,
  signed: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
});

function withTimeout(p: Promise<LoopbackResponse>): Promise<LoopbackResponse | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
  return Promise.race([p, hang]).finally(() => clearTimeout(timer));
}

describe('fuzz', () => {
  it(`${RUNS} malformed requests: no 500, no crash, no hang`, { timeout: 600_000 }, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const query = r.query
          .map(([k, v]) => (v === null ? k : `${k}=${v === 'UPLOAD_ID' ? uploadId : v}`))
          .join('&');
        const headers = Object.fromEntries(r.headers);
        // the request as the client library will build it: a key it refuses (raw path) is skipped
        const key = r.path;
        let res: LoopbackResponse | 'hang';
        try {
          res = await withTimeout(
            signedRequest(ts, {
              method: r.method,
              bucket: r.bucket,
              key: '',
              query,
              headers,
              ...(r.body === undefined || r.method === 'GET' || r.method === 'HEAD' ? {} : { body: r.body }),
              anonymous: !r.signed,
              rawPath: `/${key}`,
            }),
          );
        } catch (err) {
          // Node's client refuses some methods/headers itself; those never reach the server
          if (
            err instanceof TypeError ||
            /ERR_INVALID|ERR_UNESCAPED|Invalid/.test(String((err as Error).message))
          )
            return;
          throw err;
        }
        expect(res).not.toBe('hang');
        if (res === 'hang') return;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${r.method} /${key}?${query} ${JSON.stringify(headers)}`).not.toBe(500);
        expect(res.status).toBeLessThan(600);
      }),
      { numRuns: RUNS },
    );
    // the server still answers: a fresh write and read (the run may have deleted any seeded object)
    await signedRequest(ts, { method: 'PUT', key: 'fuzz/after.txt', body: 'still here' });
    const after = await signedRequest(ts, { key: 'fuzz/after.txt' });
    expect([after.status, after.body.toString()]).toEqual([200, 'still here']);
    // the run reached the operations, not only the front door
    expect([...statuses.keys()].some((s) => s === 200 || s === 206)).toBe(true);
  });
});
