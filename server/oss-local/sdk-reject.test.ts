// What OSS refuses, oss-local refuses with the same code: one changed character anywhere that is signed,
// expired URLs and tokens, foreign or missing credentials, and anything outside the token's policy.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OssPolicy } from '../local-sts/token';
import { loopbackRequest } from './loopback-lookup';
import {
  errorCode,
  fullAccess,
  mint,
  sdkClient,
  sdkErrorCode,
  startTestServer,
  type TestServer,
} from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterEach(() => {
  ts.clock.offsetMs = 0;
});
afterAll(async () => {
  await ts.close();
});

async function fetchCode(
  url: string,
  init?: Parameters<typeof loopbackRequest>[1],
): Promise<[number, string | undefined]> {
  const res = await loopbackRequest(url, init);
  return [res.status, errorCode(res.body)];
}

/** Replaces one character of a query parameter's (encoded) value. */
function tamperParam(url: string, name: string): string {
  const re = new RegExp(`([?&]${name}=)([^&])`);
  const m = re.exec(url);
  if (m === null) throw new Error(`no ${name} in ${url}`);
  const swapped = m[2] === 'A' ? 'B' : 'A';
  return url.replace(re, `$1${swapped}`);
}

describe('tampered signed URLs', () => {
  const creds = () => mint(fullAccess('examplebucket', 'public-bucket'));

  it('V1: one changed character in key, expiry or signature -> SignatureDoesNotMatch with StringToSign', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('tricky/a+b.txt', { expires: 600 });
    const badKey = url.replace('a%2Bb.txt', 'a%2Bc.txt');
    const expires = /Expires=(\d+)/.exec(url)?.[1] ?? '';
    const badExpiry = url.replace(`Expires=${expires}`, `Expires=${Number(expires) + 1}`);
    const badSignature = tamperParam(url, 'Signature');
    for (const bad of [badKey, badExpiry, badSignature]) {
      const res = await loopbackRequest(bad);
      expect(res.status).toBe(403);
      expect(errorCode(res.body)).toBe('SignatureDoesNotMatch');
      expect(res.body.toString()).toContain('<StringToSign>GET\n\n\n');
      expect(res.body.toString()).not.toContain(creds().AccessKeySecret);
    }
  });

  it('V1: a changed security-token -> InvalidSecurityToken', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('readme.txt', { expires: 600 });
    expect(await fetchCode(tamperParam(url, 'security-token'))).toEqual([403, 'InvalidSecurityToken']);
  });

  it('V4: one changed character in key, expiry, date or signature -> SignatureDoesNotMatch with CanonicalRequest', async () => {
    const url = await sdkClient(ts, creds(), { v4: true }).signatureUrlV4(
      'GET',
      600,
      { headers: {} },
      'tricky/a b.txt',
    );
    const cases = [
      url.replace('a%20b.txt', 'a%20c.txt'),
      url.replace('x-oss-expires=600', 'x-oss-expires=601'),
      tamperParam(url, 'x-oss-signature'),
    ];
    for (const bad of cases) {
      const res = await loopbackRequest(bad);
      expect(res.status).toBe(403);
      expect(errorCode(res.body)).toBe('SignatureDoesNotMatch');
      // the server's canonical request, for the client to diff against its own
      expect(res.body.toString()).toMatch(/<CanonicalRequest>GET\n\/examplebucket\/tricky\/a%20[bc]\.txt\n/);
      expect(res.body.toString()).toContain('<StringToSign>OSS4-HMAC-SHA256\n');
    }
  });

  it('V4: a changed x-oss-security-token -> InvalidSecurityToken', async () => {
    const url = await sdkClient(ts, creds(), { v4: true }).signatureUrlV4(
      'GET',
      600,
      { headers: {} },
      'readme.txt',
    );
    expect(await fetchCode(tamperParam(url, 'x-oss-security-token'))).toEqual([403, 'InvalidSecurityToken']);
  });

  it('a URL signed for bucket A sent to bucket B host -> SignatureDoesNotMatch', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('readme.txt', { expires: 600 });
    const moved = url.replace('//examplebucket.', '//public-bucket.');
    expect(await fetchCode(moved)).toEqual([403, 'SignatureDoesNotMatch']);
    const v4 = await sdkClient(ts, creds(), { v4: true }).signatureUrlV4(
      'GET',
      600,
      { headers: {} },
      'readme.txt',
    );
    expect(await fetchCode(v4.replace('//examplebucket.', '//public-bucket.'))).toEqual([
      403,
      'SignatureDoesNotMatch',
    ]);
  });

  it('a signed PUT URL rejects a different Content-Type', async () => {
    const url = sdkClient(ts, creds()).signatureUrl('uploads/typed.csv', {
      method: 'PUT',
      expires: 600,
      'Content-Type': 'text/csv',
    });
    const res = await loopbackRequest(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/html' },
      body: '<b>x</b>',
    });
    expect([res.status, errorCode(res.body)]).toEqual([403, 'SignatureDoesNotMatch']);
  });
});

describe('time', () => {
  it('an expired V1 or V4 URL -> AccessDenied "Request has expired."', async () => {
    const creds = mint(fullAccess('examplebucket'));
    const v1 = sdkClient(ts, creds).signatureUrl('readme.txt', { expires: 60 });
    const v4 = await sdkClient(ts, creds, { v4: true }).signatureUrlV4(
      'GET',
      60,
      { headers: {} },
      'readme.txt',
    );
    ts.clock.offsetMs = 120_000;
    for (const url of [v1, v4]) {
      const res = await loopbackRequest(url);
      expect([res.status, errorCode(res.body)]).toEqual([403, 'AccessDenied']);
      expect(res.body.toString()).toContain('<Message>Request has expired.</Message>');
      expect(res.body.toString()).toMatch(/<Expires>.*<\/Expires><ServerTime>/);
    }
  });

  it('x-oss-expires above 604800 -> InvalidArgument', async () => {
    const url = await sdkClient(ts, mint(fullAccess('examplebucket')), { v4: true }).signatureUrlV4(
      'GET',
      604801,
      { headers: {} },
      'readme.txt',
    );
    expect(await fetchCode(url)).toEqual([400, 'InvalidArgument']);
  });

  it('an expired token -> SecurityTokenExpired, for URLs and header-signed calls', async () => {
    const creds = mint(fullAccess('examplebucket'), { ttlSeconds: 30 });
    const url = sdkClient(ts, creds).signatureUrl('readme.txt', { expires: 3600 });
    ts.clock.offsetMs = 60_000;
    expect(await fetchCode(url)).toEqual([403, 'SecurityTokenExpired']);
    expect(await sdkErrorCode(sdkClient(ts, creds, { v4: true }).get('readme.txt'))).toBe(
      'SecurityTokenExpired',
    );
  });

  it('a header-signed request with a clock 20 minutes off -> RequestTimeTooSkewed', async () => {
    const client = sdkClient(ts, mint(fullAccess('examplebucket')));
    ts.clock.offsetMs = 20 * 60_000;
    expect(await sdkErrorCode(client.get('readme.txt'))).toBe('RequestTimeTooSkewed');
    // GET, not HEAD: a HEAD error has no body (as on OSS), so the SDK could not name the code
    expect(
      await sdkErrorCode(sdkClient(ts, mint(fullAccess('examplebucket')), { v4: true }).get('readme.txt')),
    ).toBe('RequestTimeTooSkewed');
  });
});

describe('credentials', () => {
  it('an unknown AccessKeyId -> InvalidAccessKeyId', async () => {
    const creds = { ...mint(fullAccess('examplebucket')), AccessKeyId: 'test-unknown-key-id' };
    const url = sdkClient(ts, creds).signatureUrl('readme.txt', { expires: 600 });
    expect(await fetchCode(url)).toEqual([403, 'InvalidAccessKeyId']);
  });

  it('an STS AccessKeyId without its token -> InvalidAccessKeyId', async () => {
    const url = sdkClient(ts, mint(fullAccess('examplebucket'))).signatureUrl('readme.txt', { expires: 600 });
    const res = await loopbackRequest(url.replace(/&security-token=[^&]*/, ''));
    expect([res.status, errorCode(res.body)]).toEqual([403, 'InvalidAccessKeyId']);
    expect(res.body.toString()).toContain('The Security Token may be lost');
  });

  it("another credential's token -> InvalidSecurityToken", async () => {
    const a = mint(fullAccess('examplebucket'));
    const b = mint(fullAccess('examplebucket'));
    const client = sdkClient(ts, { ...a, SecurityToken: b.SecurityToken });
    expect(await sdkErrorCode(client.get('readme.txt'))).toBe('InvalidSecurityToken');
  });

  it('anonymous access to a private bucket -> AccessDenied', async () => {
    const res = await loopbackRequest(
      `http://examplebucket.${ts.server.endpointHost}:${ts.server.httpPort}/readme.txt`,
    );
    expect([res.status, errorCode(res.body)]).toEqual([403, 'AccessDenied']);
  });
});

describe('session policy', () => {
  const photosReadOnly: OssPolicy = {
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/photos/*'] },
      {
        Effect: 'Allow',
        Action: ['oss:ListObjects'],
        Resource: ['acs:oss:*:*:examplebucket'],
        Condition: { StringLike: { 'oss:Prefix': ['photos/*'] } },
      } as OssPolicy['Statement'][number],
    ],
  };

  it('allows what the policy grants', async () => {
    const client = sdkClient(ts, mint(photosReadOnly), { v4: true });
    expect((await client.get('photos/2024/sunset.png')).res.status).toBe(200);
    expect((await client.listV2({ prefix: 'photos/2024/' }, {})).objects.length).toBeGreaterThan(0);
  });

  it('an action outside the policy (PutObject) -> AccessDenied', async () => {
    const client = sdkClient(ts, mint(photosReadOnly));
    expect(await sdkErrorCode(client.put('photos/new.png', Buffer.from('x')))).toBe('AccessDenied');
    const url = client.signatureUrl('photos/new.png', { method: 'PUT', expires: 600 });
    expect(await fetchCode(url, { method: 'PUT', body: 'x' })).toEqual([403, 'AccessDenied']);
  });

  it('an object or list prefix outside the policy -> AccessDenied', async () => {
    const client = sdkClient(ts, mint(photosReadOnly), { v4: true });
    expect(await sdkErrorCode(client.get('tricky/a b.txt'))).toBe('AccessDenied');
    expect(await sdkErrorCode(client.listV2({ prefix: 'tricky/' }, {}))).toBe('AccessDenied');
    expect(await sdkErrorCode(client.listV2({}, {}))).toBe('AccessDenied');
  });

  it('an explicit Deny wins over an Allow', async () => {
    const policy: OssPolicy = {
      Version: '1',
      Statement: [
        ...fullAccess('examplebucket').Statement,
        { Effect: 'Deny', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:examplebucket/apps/*'] },
      ],
    };
    const client = sdkClient(ts, mint(policy));
    expect(await sdkErrorCode(client.get('apps/app.apk'))).toBe('AccessDenied');
    expect((await client.get('readme.txt')).res.status).toBe(200);
  });
});
