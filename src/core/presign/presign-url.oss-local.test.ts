// Every URL the core makes works against a server that really verifies signatures: oss-local, whose
// verifier is its own code (server/ never imports src/). Fetched over HTTP and HTTPS, on the default
// host, a custom domain and the accelerate host, inline and attachment, V1 and V4.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintCredentials } from '../../../server/local-sts/token';
import { loopbackRequest } from '../../../server/oss-local/loopback-lookup';
import { seedManifest, TRICKY_KEYS } from '../../../server/object-store/seed/seed-objects';
import { startOssLocal, type OssLocalServer } from '../../../server/oss-local/server';
import { buildContentDisposition, defaultFilename } from '../disposition/content-disposition';
import type { DomainChoice, EndpointSettings } from '../endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import type { SigningCredentials } from './credentials';
import type { PresignTemplate, SignatureVersion } from './presign-url';
import { presignUrl } from './presign-url';
import { createPresigner, type Presigner } from './presigner';

const STACK_KEY = 'core-presign-test-stack-key';
const BUCKET = 'examplebucket';
let server: OssLocalServer;
let settings: EndpointSettings;
let presigner: Presigner;

function credentials(actions: string[], lifetimeSeconds = 3600, now = Date.now()): SigningCredentials {
  const c = mintCredentials(STACK_KEY, {
    iat: Math.floor(now / 1000),
    exp: Math.floor(now / 1000) + lifetimeSeconds,
    sub: 'core-test',
    policy: {
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: actions, Resource: [`acs:oss:*:*:${BUCKET}`, `acs:oss:*:*:${BUCKET}/*`] },
      ],
    },
  });
  return { accessKeyId: c.AccessKeyId, accessKeySecret: c.AccessKeySecret, securityToken: c.SecurityToken };
}

async function sign(
  creds: SigningCredentials,
  key: string,
  t: Omit<PresignTemplate, 'bucket' | 'origin'> & { domain?: DomainChoice; secure?: boolean },
  now = Date.now(),
) {
  const session = await presigner.session(creds, { now, region: 'cn-local' });
  const origin = resolveObjectOrigin(BUCKET, settings, t.domain ?? { kind: 'default' }, t.secure ?? false);
  return presignUrl(session, { ...t, bucket: BUCKET, key, origin });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const manifest = new Map(seedManifest().map((e) => [`${e.bucket}/${e.key}`, e]));
const codeOf = (body: Buffer) => /<Code>([^<]+)<\/Code>/.exec(body.toString('utf8'))?.[1];

beforeAll(async () => {
  server = await startOssLocal({
    stackKey: STACK_KEY,
    httpPort: 0,
    httpsPort: 0,
    dataDir: null,
    cnames: { 'files.example.localhost': BUCKET },
  });
  settings = {
    region: 'cn-local',
    endpoint: server.endpointHost,
    accelerateEndpoint: 'oss-accelerate.localhost',
    httpPort: server.httpPort,
    httpsPort: server.httpsPort,
  };
  presigner = await createPresigner();
});
afterAll(() => server.close());

describe('presigned URLs against oss-local', () => {
  const reader = () => credentials(['oss:GetObject']);
  const versions: SignatureVersion[] = ['v1', 'v4'];
  const domains: DomainChoice[] = [
    { kind: 'default' },
    { kind: 'custom', host: 'files.example.localhost' },
    { kind: 'accelerate' },
  ];

  for (const version of versions) {
    for (const secure of [false, true]) {
      for (const domain of domains) {
        it(`${version} ${secure ? 'HTTPS' : 'HTTP'} ${domain.kind}: every tricky key, attachment and inline, exact bytes`, async () => {
          const creds = reader();
          for (const key of TRICKY_KEYS) {
            for (const disposition of ['attachment', 'inline'] as const) {
              const value = buildContentDisposition(disposition, defaultFilename(key));
              const { url } = await sign(creds, key, {
                version,
                expiresInSeconds: 600,
                secure,
                domain,
                params: { responseContentDisposition: value },
              });
              const res = await loopbackRequest(url, { ca: server.certificatePem });
              expect(res.status, `${url}\n${res.body.toString()}`).toBe(200);
              expect(sha256(res.body)).toBe(manifest.get(`${BUCKET}/${key}`)!.sha256Hex);
              expect(res.headers['content-disposition']).toBe(value);
            }
          }
        });
      }
    }
  }

  it('keys with dot segments and control characters: PUT, GET and attachment, V1 and V4, as the same key', async () => {
    const creds = credentials(['oss:GetObject', 'oss:PutObject']);
    const keys = [
      'dots/a/../b.txt',
      'dots/../up.txt',
      'dots/./here.txt',
      'dots/end/..',
      'dots/x/../',
      'ctl/tab\there.txt',
      'ctl/cr\rlf\n.txt',
      'ctl/back\\slash.txt',
      'ctl/bell\u0007.txt',
    ];
    for (const version of versions) {
      for (const key of keys) {
        const body = `${version} ${key}`;
        const put = await sign(creds, key, { version, method: 'PUT', expiresInSeconds: 600 });
        // a browser would send this path unchanged (nothing for the WHATWG parser to resolve)
        expect(new URL(put.url).href).toBe(put.url);
        const stored = await loopbackRequest(put.url, { method: 'PUT', body });
        expect(stored.status, `${key}: ${stored.body.toString()}`).toBe(200);
        const value = buildContentDisposition('attachment', defaultFilename(key));
        const get = await sign(creds, key, {
          version,
          expiresInSeconds: 600,
          params: { responseContentDisposition: value },
        });
        const res = await loopbackRequest(get.url);
        expect(res.status, `${key}: ${res.body.toString()}`).toBe(200);
        expect(res.body.toString()).toBe(body);
        expect(res.headers['content-disposition']).toBe(value);
      }
    }
  });

  it('oss-local decodes %2E and %2F in the path to the key they spell (what OSS does)', async () => {
    const creds = credentials(['oss:GetObject', 'oss:PutObject']);
    const key = 'decode/a/../b.txt';
    const put = await sign(creds, key, { version: 'v1', method: 'PUT', expiresInSeconds: 600 });
    expect((await loopbackRequest(put.url, { method: 'PUT', body: 'decoded' })).status).toBe(200);
    // V1 signs the raw key, so the path may be spelled any way that decodes to it
    const get = await sign(creds, key, { version: 'v1', expiresInSeconds: 600 });
    const [head, query] = get.url.split('?') as [string, string];
    const origin = head.slice(0, head.indexOf('/', head.indexOf('//') + 2));
    for (const spelling of ['decode/a/%2E%2E/b.txt', 'decode%2Fa%2F..%2Fb.txt', 'decode/a/../b.txt']) {
      const res = await loopbackRequest(`${origin}/${spelling}?${query}`);
      expect(res.status, spelling).toBe(200);
      expect(res.body.toString()).toBe('decoded');
    }
  });

  it('binds a PUT URL to its Content-Type: the right one uploads, another is refused', async () => {
    const creds = credentials(['oss:GetObject', 'oss:PutObject']);
    for (const version of versions) {
      const key = `uploads/${version}/报告 a+b.txt`;
      const { url } = await sign(creds, key, {
        version,
        method: 'PUT',
        expiresInSeconds: 600,
        contentType: 'text/plain',
      });
      const ok = await loopbackRequest(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'text/plain' },
        body: 'hello',
      });
      expect(ok.status, ok.body.toString()).toBe(200);
      const wrong = await loopbackRequest(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'text/html' },
        body: 'evil',
      });
      expect(wrong.status).toBe(403);
      expect(codeOf(wrong.body)).toBe('SignatureDoesNotMatch');
      const back = await sign(creds, key, { version, expiresInSeconds: 60 });
      expect((await loopbackRequest(back.url)).body.toString()).toBe('hello');
    }
  });

  it('is refused when tampered with, expired, or signed with expired credentials', async () => {
    const creds = reader();
    for (const version of versions) {
      const { url } = await sign(creds, 'readme.txt', { version, expiresInSeconds: 600 });
      expect((await loopbackRequest(url)).status).toBe(200);
      const tampered = await loopbackRequest(url.replace('readme.txt', 'readme.txT'));
      expect(codeOf(tampered.body)).toBe('SignatureDoesNotMatch');
      const past = Date.now() - 3_600_000;
      const expired = await sign(
        credentials(['oss:GetObject'], 7200, past),
        'readme.txt',
        { version, expiresInSeconds: 60 },
        past,
      );
      const res = await loopbackRequest(expired.url);
      expect(res.status).toBe(403);
      expect(codeOf(res.body)).toBe('AccessDenied');
      expect(res.body.toString()).toMatch(/expired/i);
      const shortLived = credentials(['oss:GetObject'], 60, Date.now() - 120_000);
      const dead = await sign(shortLived, 'readme.txt', { version, expiresInSeconds: 600 });
      expect(codeOf((await loopbackRequest(dead.url)).body)).toBe('SecurityTokenExpired');
    }
  });
});
