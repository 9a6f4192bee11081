// Bad input never makes cos-local answer 500 (501 NotImplemented is the answer to unknown sub-resources) or hang: fast-check sends random methods, paths, query
// strings, headers (half with a plausible COS Authorization) and bodies, in-process through app.request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCosLocalApp } from './app';
import { ROOT, STACK_KEY } from './test-fixtures';

const { app } = createCosLocalApp({ stackKey: STACK_KEY, rootAccount: ROOT, dataDir: null });
const HOSTS = [
  'examplebucket-1250000000.cos.ap-guangzhou.localhost',
  'public-bucket-1250000000.cos.ap-guangzhou.localhost',
  'public-bucket-1250000000.cos.accelerate.localhost',
  'files.cos-example.localhost',
  'cos.ap-guangzhou.localhost',
  'nobucket-1.cos.ap-guangzhou.localhost',
  'localhost',
];
const PARAMS = [
  'acl',
  'uploads',
  'uploadId',
  'partNumber',
  'prefix',
  'marker',
  'max-keys',
  'encoding-type',
  'domain',
  'q-sign-algorithm',
  'q-ak',
  'q-sign-time',
  'q-signature',
  'response-content-type',
  'x-cos-security-token',
  'versionId',
  '%ZZ',
  '',
];
const text = fc.string({
  unit: fc.constantFrom('a', '/', '%', '2', 'F', '+', ';', '&', '=', '?', '中', ' ', '.', '*', '"'),
  maxLength: 24,
});

describe('fuzz', () => {
  it('answers every malformed request with a 4xx (or 501 for what it does not implement)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.constantFrom(...HOSTS),
        text,
        fc.array(fc.tuple(fc.constantFrom(...PARAMS), text), { maxLength: 4 }),
        fc.option(
          fc.record({
            time: fc.constantFrom(
              '1;2',
              '9;1',
              `${Math.floor(Date.now() / 1000) - 10};${Math.floor(Date.now() / 1000) + 900}`,
              'x',
            ),
            list: text,
            sig: fc.constantFrom('0'.repeat(40), 'zz', ''),
          }),
        ),
        fc.option(fc.constantFrom('bytes=0-1', 'bytes=-0', 'bytes=99999999-', 'garbage')),
        fc.option(fc.constantFrom('<CompleteMultipartUpload><Part>', '<x/>', 'plain', '')),
        async (method, host, path, params, auth, range, body) => {
          const query = params.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
          const headers: Record<string, string> = { host };
          if (auth !== null)
            headers.authorization = `q-sign-algorithm=sha1&q-ak=${ROOT.secretId}&q-sign-time=${auth.time}&q-key-time=${auth.time}&q-header-list=${auth.list}&q-url-param-list=&q-signature=${auth.sig}`;
          if (range !== null) headers.range = range;
          const withBody = body !== null && method !== 'GET' && method !== 'HEAD';
          let res: Response;
          try {
            res = await app.request(`http://${host}/${encodeURI(path)}${query === '' ? '' : `?${query}`}`, {
              method,
              headers,
              ...(withBody ? { body } : {}),
            });
          } catch {
            return; // a URL the WHATWG parser refuses never reaches a server
          }
          expect(res.status < 500 || res.status === 501, `${method} ${host} /${path}?${query}`).toBe(true);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 600 },
    );
    const after = await app.request(
      'http://public-bucket-1250000000.cos.ap-guangzhou.localhost/public/logo.png',
    );
    expect(after.status).toBe(200);
  });
});
