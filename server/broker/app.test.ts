import { describe, expect, it } from 'vitest';
import { verifyToken } from '../local-sts/token';
import { createBrokerApp } from './app';
import { consoleConfigSchema } from './config-schema';
import type { CredentialIssuer } from './issuer';
import { CONSOLE_ORIGIN, STACK_KEY, TEST_TOKEN, bearer, captureLogger, testConfig } from './test-fixtures';

const NOW = Date.parse('2030-01-02T03:04:05Z');

function makeApp(overrides: Record<string, string | undefined> = {}, issuer?: CredentialIssuer) {
  const log = captureLogger();
  const app = createBrokerApp({
    config: testConfig(overrides),
    logger: log.logger,
    nowMs: () => NOW,
    issuer,
  });
  return { app, log };
}

interface StsBody {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Expiration: string;
  DurationSeconds: number;
  RequestedDurationSeconds?: number;
}

describe('GET /sts', () => {
  it('mints local credentials for the operator, scoped by the session policy', async () => {
    const { app } = makeApp();
    const res = await app.request('/sts', { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as StsBody;
    expect(Object.keys(body).sort()).toEqual(
      ['AccessKeyId', 'AccessKeySecret', 'DurationSeconds', 'Expiration', 'SecurityToken', 'provider'].sort(),
    );
    expect(body.AccessKeyId).toMatch(/^STS\./);
    expect(body.DurationSeconds).toBe(3600);
    expect(body.Expiration).toBe('2030-01-02T04:04:05Z');
    const check = verifyToken(STACK_KEY, body.SecurityToken, body.AccessKeyId, NOW / 1000);
    if (!check.ok) throw new Error(`token rejected: ${check.reason}`);
    expect(check.claims).toMatchObject({ sub: 'alice', iat: NOW / 1000, exp: NOW / 1000 + 3600 });
    expect(check.claims.policy.Statement[0]?.Resource).toEqual(['acs:oss:*:*:examplebucket/*']);
  });

  it('grants min(requested, max), never below the minimum, and says what it granted', async () => {
    const { app } = makeApp();
    const ask = async (duration: string) =>
      (await (
        await app.request(`/sts?duration=${duration}`, { headers: bearer(TEST_TOKEN) })
      ).json()) as StsBody;
    expect(await ask('32400')).toMatchObject({ DurationSeconds: 3600, RequestedDurationSeconds: 32400 });
    expect(await ask('1800')).toMatchObject({ DurationSeconds: 1800, RequestedDurationSeconds: 1800 });
    expect(await ask('10')).toMatchObject({ DurationSeconds: 60, RequestedDurationSeconds: 10 });
  });

  it('answers 400 with a clear message for an invalid duration', async () => {
    const { app } = makeApp();
    const res = await app.request('/sts?duration=1h', { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 'InvalidDuration',
      message: 'duration must be a whole number of seconds greater than 0, e.g. /sts?duration=3600.',
    });
  });

  it('narrows the policy to a requested prefix and refuses a wider one', async () => {
    const { app } = makeApp();
    const narrowed = await app.request('/sts?bucket=scoped-bucket&prefix=shared%2Freports%2F', {
      headers: bearer(TEST_TOKEN),
    });
    const body = (await narrowed.json()) as StsBody;
    const check = verifyToken(STACK_KEY, body.SecurityToken, body.AccessKeyId, NOW / 1000);
    expect(check.ok && check.claims.policy.Statement[0]?.Resource).toEqual([
      'acs:oss:*:*:scoped-bucket/shared/reports/*',
    ]);
    const wider = await app.request('/sts?bucket=scoped-bucket&prefix=private%2F', {
      headers: bearer(TEST_TOKEN),
    });
    expect(wider.status).toBe(403);
    expect(((await wider.json()) as { code: string }).code).toBe('PrefixNotAllowed');
  });

  it('refuses anonymous and wrong-token requests with 401 and WWW-Authenticate', async () => {
    const { app } = makeApp();
    const missing = await app.request('/sts');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="oss-link-broker"');
    expect(((await missing.json()) as { code: string }).code).toBe('Unauthorized');
    const wrong = await app.request('/sts', { headers: bearer('not-the-token-0123456789') });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await wrong.text()).not.toContain('not-the-token');
  });

  it('never writes credentials or bearer tokens to the log', async () => {
    const { app, log } = makeApp();
    const body = (await (await app.request('/sts', { headers: bearer(TEST_TOKEN) })).json()) as StsBody;
    await app.request('/sts', { headers: bearer('wrong-token-0123456789abcdef') });
    const output = log.lines().join('\n');
    expect(output).toContain('"msg":"issued credentials"');
    expect(output).toContain(body.AccessKeyId);
    for (const secret of [
      body.AccessKeySecret,
      body.SecurityToken,
      TEST_TOKEN,
      'wrong-token-0123456789abcdef',
      STACK_KEY,
    ]) {
      expect(output).not.toContain(secret);
    }
  });

  it('renders an unexpected failure as a generic 500 without its message', async () => {
    const failing: CredentialIssuer = { issue: () => Promise.reject(new Error('boom with secret-xyz')) };
    const { app } = makeApp({}, failing);
    const res = await app.request('/sts', { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      code: 'InternalError',
      message: 'The broker failed unexpectedly; its log has the details.',
    });
  });
});

describe('authentication modes', () => {
  it('takes the operator from the trusted proxy header when configured', async () => {
    const { app, log } = makeApp({ BROKER_TOKENS: undefined, BROKER_TRUSTED_HEADER: 'X-Forwarded-User' });
    const res = await app.request('/sts', { headers: { 'X-Forwarded-User': 'carol@example.com' } });
    expect(res.status).toBe(200);
    expect(log.lines().join('\n')).toContain('"operator":"carol@example.com"');
    expect((await app.request('/sts')).status).toBe(401);
  });

  it('lets anyone in as local-operator with BROKER_AUTH=none', async () => {
    const { app } = makeApp({ BROKER_TOKENS: undefined, BROKER_AUTH: 'none' });
    const body = (await (await app.request('/sts')).json()) as StsBody;
    const check = verifyToken(STACK_KEY, body.SecurityToken, body.AccessKeyId, NOW / 1000);
    expect(check.ok && check.claims.sub).toBe('local-operator');
  });
});

describe('GET /config', () => {
  it('needs authentication', async () => {
    const { app } = makeApp();
    expect((await app.request('/config')).status).toBe(401);
  });

  it('describes buckets, endpoints and duration bounds in the documented schema', async () => {
    const { app } = makeApp({
      BROKER_OSS_HTTPS_ENDPOINT: 'oss-cn-local.localhost:9443',
      BROKER_OSS_ACCELERATE_ENDPOINT: 'oss-accelerate.localhost:9000',
    });
    const res = await app.request('/config', { headers: bearer(TEST_TOKEN) });
    expect(res.status).toBe(200);
    const body = consoleConfigSchema.strict().parse(await res.json());
    expect(body).toEqual({
      mode: 'local',
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost:9000',
      secure: false,
      httpsEndpoint: 'oss-cn-local.localhost:9443',
      accelerateEndpoint: 'oss-accelerate.localhost:9000',
      buckets: [
        {
          name: 'examplebucket',
          provider: 'oss',
          region: 'cn-local',
          prefix: '',
          actions: ['oss:GetObject', 'oss:ListObjects', 'oss:ListCname'],
          upload: false,
          customDomains: ['files.example.localhost:9000'],
        },
        {
          name: 'scoped-bucket',
          provider: 'oss',
          region: 'cn-local',
          prefix: 'shared/',
          actions: [
            'oss:GetObject',
            'oss:ListObjects',
            'oss:ListCname',
            'oss:PutObject',
            'oss:AbortMultipartUpload',
            'oss:ListParts',
          ],
          upload: true,
          uploadPrefix: 'shared/',
          customDomains: [],
        },
      ],
      defaultBucket: 'examplebucket',
      minDurationSeconds: 60,
      maxDurationSeconds: 3600,
      defaultDurationSeconds: 3600,
    });
  });
});

describe('CORS', () => {
  it('answers the console origin, with Vary: Origin, on success and on errors', async () => {
    const { app } = makeApp();
    const ok = await app.request('/sts', { headers: { ...bearer(TEST_TOKEN), Origin: CONSOLE_ORIGIN } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(ok.headers.get('vary')).toContain('Origin');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const denied = await app.request('/sts', { headers: { Origin: CONSOLE_ORIGIN } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
  });

  it('gives other origins no CORS headers at all', async () => {
    const { app } = makeApp();
    const res = await app.request('/sts', {
      headers: { ...bearer(TEST_TOKEN), Origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/sts', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight for an Authorization header without asking for authentication', async () => {
    const { app } = makeApp();
    const res = await app.request('/sts', {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('allows credentials (cookies) in trusted-header mode', async () => {
    const { app } = makeApp({ BROKER_TRUSTED_HEADER: 'X-Forwarded-User' });
    const res = await app.request('/config', {
      headers: { 'X-Forwarded-User': 'carol', Origin: CONSOLE_ORIGIN },
    });
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once an operator exceeds the limit', async () => {
    const { app } = makeApp({ BROKER_RATE_LIMIT: '2' });
    expect((await app.request('/config', { headers: bearer(TEST_TOKEN) })).status).toBe(200);
    expect((await app.request('/config', { headers: bearer(TEST_TOKEN) })).status).toBe(200);
    const limited = await app.request('/config', { headers: bearer(TEST_TOKEN) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(((await limited.json()) as { code: string }).code).toBe('TooManyRequests');
  });
});

describe('other paths', () => {
  it('serves an unauthenticated health check and JSON 404s', async () => {
    const { app } = makeApp();
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true, mode: 'local' });
    const missing = await app.request('/nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('NotFound');
  });
});
