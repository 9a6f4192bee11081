// What COS does to a GET beyond reading the object, as cos-local models it.
// 1. COS's download rule for new buckets (https://cloud.tencent.com/document/product/436/57456): a bucket
// created on or after 1 January 2024 serves every object from its default and global-acceleration domains
// as a download (Content-Disposition: attachment, x-cos-force-download: true), whatever
// response-content-disposition asks, and refuses .apk/.ipa there (403 DownloadForbidden). A custom domain
// and an older bucket are not touched.
// 2. Image processing (imageMogr2/…): the signature is checked, then 501 (cos-local does not process).
// 3. The single-link speed limit x-cos-traffic-limit: checked for range and applied to the body.
// Clients: cos-nodejs-sdk-v5 signs; the requests go out raw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import { COS_SEED_BUCKETS } from './options';
import COS from 'cos-nodejs-sdk-v5';
import { BUCKET, REGION, ROOT, startTestCos, type TestCos } from './test-fixtures';

let fresh: TestCos;
let old: TestCos;
const CORS = { allowedOrigins: ['http://localhost:5173'], allowedMethods: ['GET' as const] };

beforeAll(async () => {
  fresh = await startTestCos({
    buckets: [{ name: BUCKET, acl: 'private', cors: [CORS], createdAt: '2024-01-01T00:00:00Z' }],
  });
  old = await startTestCos({
    buckets: [{ name: BUCKET, acl: 'private', cors: [CORS], createdAt: '2023-12-31T23:59:59Z' }],
  });
});
afterAll(async () => {
  await fresh.close();
  await old.close();
});

/** A signed GET URL for `key` on one of the bucket's domains, asking for inline. */
function signed(ts: TestCos, key: string, domain: 'default' | 'accelerate' | 'custom'): string {
  const port = ts.server.httpPort;
  const Domain = {
    default: `{Bucket}.cos.{Region}.localhost:${port}`,
    accelerate: `{Bucket}.cos.accelerate.localhost:${port}`,
    custom: `files.cos-example.localhost:${port}`,
  }[domain];
  const sdk = new COS({ SecretId: ROOT.secretId, SecretKey: ROOT.secretKey, Domain, Protocol: 'http:' });
  return sdk.getObjectUrl(
    {
      Bucket: BUCKET,
      Region: REGION,
      Key: key,
      Sign: true,
      Query: { 'response-content-disposition': 'inline' },
    },
    () => undefined,
  );
}

const codeOf = (body: Buffer) => /<Code>(\w+)<\/Code>/.exec(body.toString())?.[1];

describe('COS forced download on buckets created from 2024', () => {
  it('default and acceleration domains serve a download, even when the link asks for inline', async () => {
    for (const domain of ['default', 'accelerate'] as const) {
      const url = signed(fresh, 'docs/guide.pdf', domain);
      expect(new URL(url).hostname).toBe(
        domain === 'default' ? `${BUCKET}.cos.${REGION}.localhost` : `${BUCKET}.cos.accelerate.localhost`,
      );
      const res = await loopbackRequest(url);
      expect(res.status, domain).toBe(200);
      expect(res.headers['content-disposition'], domain).toBe('attachment');
      expect(res.headers['x-cos-force-download'], domain).toBe('true');
    }
  });

  it('.apk and .ipa are refused there with 403 DownloadForbidden, and served on a custom domain', async () => {
    for (const key of ['apps/app.apk', 'apps/app.ipa']) {
      for (const domain of ['default', 'accelerate'] as const) {
        const res = await loopbackRequest(signed(fresh, key, domain));
        expect([res.status, codeOf(res.body)], `${key} ${domain}`).toEqual([403, 'DownloadForbidden']);
      }
      expect((await loopbackRequest(signed(fresh, key, 'custom'))).status).toBe(200);
    }
  });

  it('a custom domain previews inline as asked', async () => {
    const res = await loopbackRequest(signed(fresh, 'docs/guide.pdf', 'custom'));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['x-cos-force-download']).toBeUndefined();
  });

  it('a bucket created before 2024 is not touched on its default domain', async () => {
    const res = await loopbackRequest(signed(old, 'docs/guide.pdf', 'default'));
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['x-cos-force-download']).toBeUndefined();
    expect((await loopbackRequest(signed(old, 'apps/app.apk', 'default'))).status).toBe(200);
  });

  it('the sample stack has one of each: examplebucket before 2024, public-bucket from 2024', async () => {
    const ts = await startTestCos();
    try {
      const publicLogo = await loopbackRequest(`${ts.origin(COS_SEED_BUCKETS.public)}/public/logo.png`);
      expect(publicLogo.headers['x-cos-force-download']).toBe('true');
      const example = await loopbackRequest(signed(ts, 'docs/guide.pdf', 'default'));
      expect(example.headers['content-disposition']).toBe('inline');
    } finally {
      await ts.close();
    }
  });
});

describe('COS image processing links (Cloud Infinite)', () => {
  it('are verified like any link, then answered 501: cos-local does not process images', async () => {
    const port = fresh.server.httpPort;
    const sdk = new COS({
      SecretId: ROOT.secretId,
      SecretKey: ROOT.secretKey,
      Domain: `files.cos-example.localhost:${port}`,
      Protocol: 'http:',
    });
    const url = sdk.getObjectUrl(
      {
        Bucket: BUCKET,
        Region: REGION,
        Key: 'public/logo.png',
        Sign: true,
        Query: { 'imageMogr2/thumbnail/800x': '' },
      },
      () => undefined,
    );
    const res = await loopbackRequest(url);
    expect([res.status, codeOf(res.body)]).toEqual([501, 'NotImplemented']);
    expect(res.body.toString()).toContain('imagemogr2/thumbnail/800x');
    const tampered = await loopbackRequest(
      url.replace(/q-signature=([0-9a-f])/, (_, c: string) => `q-signature=${c === '0' ? '1' : '0'}`),
    );
    expect([tampered.status, codeOf(tampered.body)]).toEqual([403, 'SignatureDoesNotMatch']);
  });
});

describe('single-link speed limit (x-cos-traffic-limit)', () => {
  const port = () => fresh.server.httpPort;
  const sdk = () =>
    new COS({
      SecretId: ROOT.secretId,
      SecretKey: ROOT.secretKey,
      Domain: `files.cos-example.localhost:${port()}`,
      Protocol: 'http:',
    });
  const link = (limit: number) =>
    sdk().getObjectUrl(
      {
        Bucket: BUCKET,
        Region: REGION,
        Key: 'speed/200k.bin',
        Sign: true,
        Query: { 'x-cos-traffic-limit': limit },
      },
      () => undefined,
    );

  it('throttles the body to the limit (a lower bound: 200 KB at 100 KB/s takes about 2 s) and keeps it intact', async () => {
    const bytes = Buffer.alloc(200 * 1024, 7);
    const put = await loopbackRequest(
      sdk().getObjectUrl(
        { Bucket: BUCKET, Region: REGION, Key: 'speed/200k.bin', Method: 'PUT', Sign: true },
        () => undefined,
      ),
      { method: 'PUT', body: bytes },
    );
    expect(put.status).toBe(200);
    const started = Date.now();
    const res = await loopbackRequest(link(819_200));
    const ms = Date.now() - started;
    expect(res.status, res.body.toString()).toBe(200);
    expect(res.body.equals(bytes)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(1_500);
  });

  it('refuses a limit outside 819200–838860800 bit/s with 400 InvalidArgument', async () => {
    for (const limit of [100, 838_860_801]) {
      const res = await loopbackRequest(link(limit));
      expect([res.status, codeOf(res.body)], String(limit)).toEqual([400, 'InvalidArgument']);
    }
  });
});
