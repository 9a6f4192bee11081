// cos-local refuses what COS refuses, with COS's codes and statuses (Error Codes,
// https://www.tencentcloud.com/document/product/436/7730; "Request has expired" is 403 AccessDenied per the
// COS FAQ https://www.tencentcloud.com/document/product/436/38958): tampered signatures, expired links,
// missing / forged / expired tokens, keys outside the temporary key's scope, unsigned parameters,
// sub-resources it does not implement (501 NotImplemented), unknown buckets and keys. Bad input is a 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import { mintCosKey } from '../local-sts/cos-token';
import {
  BUCKET,
  mintKey,
  PUBLIC_BUCKET,
  REGION,
  sdkError,
  sdkFor,
  sdkForKey,
  startTestCos,
  type TestCos,
} from './test-fixtures';

let ts: TestCos;
beforeAll(async () => {
  ts = await startTestCos();
});
afterAll(async () => {
  await ts.close();
});

const B = { Bucket: BUCKET, Region: REGION };
const code = (body: Buffer): string | undefined => /<Code>([^<]*)<\/Code>/.exec(body.toString())?.[1];
const message = (body: Buffer): string | undefined =>
  /<Message>([^<]*)<\/Message>/.exec(body.toString())?.[1];

function signedUrl(
  cos: ReturnType<typeof sdkFor>,
  key: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    cos.getObjectUrl({ ...B, Key: key, Sign: true, ...extra }, (err, data) =>
      err ? reject(err) : resolve(data.Url),
    );
  });
}

describe('signatures', () => {
  it('a tampered signature is 403 SignatureDoesNotMatch', async () => {
    const url = await signedUrl(sdkFor(ts), 'docs/guide.pdf');
    const tampered = url.replace(
      /q-signature=([0-9a-f])/,
      (_, c: string) => `q-signature=${c === '0' ? '1' : '0'}`,
    );
    const res = await loopbackRequest(tampered);
    expect([res.status, code(res.body)]).toEqual([403, 'SignatureDoesNotMatch']);
  });

  it('a URL for another key (path changed) is 403 SignatureDoesNotMatch', async () => {
    const url = await signedUrl(sdkFor(ts), 'docs/guide.pdf');
    const res = await loopbackRequest(url.replace('docs/guide.pdf', 'site/index.html'));
    expect([res.status, code(res.body)]).toEqual([403, 'SignatureDoesNotMatch']);
  });

  it('an expired URL is 403 AccessDenied "Request has expired"', async () => {
    const url = await signedUrl(sdkFor(ts), 'docs/guide.pdf', { Expires: 60 });
    ts.clock.offsetMs = 120_000;
    try {
      const res = await loopbackRequest(url);
      expect([res.status, code(res.body), message(res.body)]).toEqual([
        403,
        'AccessDenied',
        'Request has expired',
      ]);
    } finally {
      ts.clock.offsetMs = 0;
    }
  });

  it('a parameter added to a signed URL is refused (not covered by q-url-param-list)', async () => {
    const url = await signedUrl(sdkFor(ts), 'docs/guide.pdf');
    const res = await loopbackRequest(`${url}&response-content-type=text%2Fhtml`);
    expect([res.status, code(res.body)]).toEqual([403, 'AccessDenied']);
  });

  it('a listed header the request lacks is 403 SignatureDoesNotMatch; a bad algorithm 400 InvalidArgument', async () => {
    const url = await signedUrl(sdkFor(ts), 'docs/guide.pdf');
    const listed = url.replace(/q-header-list=[^&]*/, 'q-header-list=host%3Bx-cos-missing');
    const res = await loopbackRequest(listed);
    expect([res.status, code(res.body)]).toEqual([403, 'SignatureDoesNotMatch']);
    const sha256 = await loopbackRequest(url.replace('q-sign-algorithm=sha1', 'q-sign-algorithm=sha256'));
    expect([sha256.status, code(sha256.body)]).toEqual([400, 'InvalidArgument']);
  });

  it('an unknown SecretId without token is 403 InvalidAccessKeyId', async () => {
    const cos = sdkFor(ts, {
      SecretId: 'AKIDEXAMPLEUNKNOWN000000000000000000',
      SecretKey: 'EXAMPLEKEY0000000000000000000000',
    });
    expect(await sdkError(cos.getObject({ ...B, Key: 'docs/guide.pdf' }))).toEqual({
      code: 'InvalidAccessKeyId',
      statusCode: 403,
    });
  });
});

describe('temporary keys', () => {
  it("a forged token is 400 InvalidToken, another key's token too", async () => {
    const key = mintKey();
    const forged = sdkForKey(ts, { ...key, sessionToken: `${key.sessionToken.slice(0, -2)}xx` });
    expect(await sdkError(forged.getObject({ ...B, Key: 'docs/guide.pdf' }))).toEqual({
      code: 'InvalidToken',
      statusCode: 400,
    });
    const other = mintKey();
    const swapped = sdkForKey(ts, { ...key, sessionToken: other.sessionToken });
    expect((await sdkError(swapped.getObject({ ...B, Key: 'docs/guide.pdf' }))).code).toBe('InvalidToken');
  });

  it('a token minted with another stack key is 400 InvalidToken', async () => {
    const now = Math.floor(Date.now() / 1000);
    const foreign = mintCosKey('another-stack-key', {
      iat: now,
      exp: now + 600,
      sub: 'x',
      scope: { bucket: BUCKET, region: REGION, prefix: '', actions: ['name/cos:*'] },
    });
    expect((await sdkError(sdkForKey(ts, foreign).getObject({ ...B, Key: 'docs/guide.pdf' }))).code).toBe(
      'InvalidToken',
    );
  });

  it('an expired token is 400 ExpiredToken', async () => {
    const key = mintKey({}, { nowMs: Date.now() - 3_600_000, ttlSeconds: 900 });
    const cos = sdkForKey(ts, key);
    expect(await sdkError(cos.getBucket({ ...B }))).toEqual({ code: 'ExpiredToken', statusCode: 400 });
  });

  it('a key outside the prefix, another bucket, or an action not granted is 403 AccessDenied', async () => {
    const key = mintKey({ prefix: 'docs/', actions: ['name/cos:GetObject', 'name/cos:GetBucket'] });
    const cos = sdkForKey(ts, key);
    expect((await cos.getObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
    expect(await sdkError(cos.getObject({ ...B, Key: 'site/index.html' }))).toEqual({
      code: 'AccessDenied',
      statusCode: 403,
    });
    expect(
      (await sdkError(cos.getObject({ Bucket: PUBLIC_BUCKET, Region: REGION, Key: 'public/logo.png' }))).code,
    ).toBe('AccessDenied');
    expect((await sdkError(cos.putObject({ ...B, Key: 'docs/new.txt', Body: 'x' }))).code).toBe(
      'AccessDenied',
    );
    expect((await cos.getBucket({ ...B, Prefix: 'docs/' })).Contents.length).toBeGreaterThan(0);
    expect((await sdkError(cos.getBucket({ ...B, Prefix: '' }))).code).toBe('AccessDenied');
  });

  it('a presigned URL without its token is 403 InvalidAccessKeyId', async () => {
    const key = mintKey();
    const url = await signedUrl(sdkForKey(ts, key), 'docs/guide.pdf');
    const res = await loopbackRequest(url.replace(/&x-cos-security-token=[^&]*/, ''));
    expect([res.status, code(res.body)]).toEqual([403, 'InvalidAccessKeyId']);
  });
});

describe('addressing and operations', () => {
  const raw = (
    path: string,
    init: Parameters<typeof loopbackRequest>[1] = {},
    bucket: string = PUBLIC_BUCKET,
  ) => loopbackRequest(`${ts.origin(bucket)}${path}`, init);

  it('anonymous reads of a public-read bucket work; of a private one are 403 AccessDenied', async () => {
    expect((await raw('/public/logo.png')).status).toBe(200);
    const res = await raw('/docs/guide.pdf', {}, BUCKET);
    expect([res.status, code(res.body)]).toEqual([403, 'AccessDenied']);
    expect(res.body.toString()).toMatch(/<RequestId>[^<]+<\/RequestId>/);
  });

  it('unknown keys are 404 NoSuchKey, unknown buckets 404 NoSuchBucket', async () => {
    const key = await raw('/nope.txt');
    expect([key.status, code(key.body)]).toEqual([404, 'NoSuchKey']);
    const bucket = await raw('/x', {}, 'nobucket-1250000000');
    expect([bucket.status, code(bucket.body)]).toEqual([404, 'NoSuchBucket']);
  });

  it('sub-resources it does not implement are 501 NotImplemented in COS XML, never a plain read or write', async () => {
    for (const [method, path] of [
      ['GET', '/public/logo.png?acl'],
      ['PUT', '/public/logo.png?tagging'],
      ['GET', '/public/logo.png?versionId=1'],
      ['POST', '/public/logo.png?restore'],
      ['GET', '/?cors'],
      ['PUT', '/?lifecycle'],
      ['POST', '/?delete'],
      ['DELETE', '/public/logo.png?tagging'],
    ] as const) {
      const res = await raw(path, { method });
      expect([method, path, res.status, code(res.body)]).toEqual([method, path, 501, 'NotImplemented']);
    }
    const copy = await raw('/public/copy.png', { method: 'PUT', headers: { 'x-cos-copy-source': 'a/b' } });
    expect(copy.status).toBe(501);
    expect((await raw('/public/logo.png')).status).toBe(200);
  });

  it('serves the accelerate host and custom domains; GET Bucket ?domain lists the domains', async () => {
    const accelerate = await loopbackRequest(
      `http://${PUBLIC_BUCKET}.${ts.server.accelerateHost}:${ts.server.httpPort}/public/logo.png`,
    );
    expect(accelerate.status).toBe(200);
    const cos = sdkFor(ts);
    const url = await signedUrl(cos, 'docs/guide.pdf');
    const custom = url.replace(/^http:\/\/[^/]+/, `http://files.cos-example.localhost:${ts.server.httpPort}`);
    // the signature covers the host: a URL signed for the default host fails on the custom domain
    expect((await loopbackRequest(custom)).status).toBe(403);
    const domains = await cos.request({ ...B, Method: 'GET', Action: 'domain' });
    expect(JSON.stringify(domains)).toContain('files.cos-example.localhost');
  });

  it('answers CORS preflights from the bucket rules, and adds the headers to responses', async () => {
    const ok = await raw('/public/logo.png', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const denied = await raw('/public/logo.png', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect([denied.status, code(denied.body)]).toEqual([403, 'AccessForbidden']);
    const none = await raw(
      '/data/sample.txt',
      {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
      },
      'nocors-bucket-1250000000',
    );
    expect(none.status).toBe(403);
    const actual = await raw('/public/logo.png', { headers: { Origin: 'http://localhost:5173' } });
    expect(actual.headers['access-control-expose-headers']).toContain('ETag');
  });

  it('bad input is a 4xx, never a 500', async () => {
    for (const [method, path, headers] of [
      ['GET', '/%E0%A4%A', {}],
      ['GET', '/?max-keys=abc', {}],
      ['GET', '/?max-keys=1001', {}],
      ['GET', '/?encoding-type=base64', {}],
      ['GET', '/public/logo.png?q-sign-algorithm=sha1', {}],
      ['GET', '/public/logo.png', { Authorization: 'q-sign-algorithm=sha1&q-ak=x&q-sign-time=9;1' }],
      ['GET', '/public/logo.png', { Authorization: 'garbage' }],
      ['GET', '/public/logo.png', { Range: 'bytes=999999999-' }],
      ['PUT', '/x?partNumber=0&uploadId=abc', {}],
      ['POST', '/x?uploadId=nope', {}],
      ['PATCH', '/x', {}],
    ] as const) {
      const res = await raw(path, { method, headers });
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it('serves HTTPS with its self-signed certificate', async () => {
    const res = await loopbackRequest(
      `https://${PUBLIC_BUCKET}.${ts.server.endpointHost}:${ts.server.httpsPort}/public/logo.png`,
      { ca: ts.server.certificatePem },
    );
    expect(res.status).toBe(200);
  });
});
