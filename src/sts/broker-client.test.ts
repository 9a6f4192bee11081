import { describe, expect, it } from 'vitest';
import { createBrokerApp } from '../../server/broker/app';
import { CONSOLE_ORIGIN, TEST_TOKEN, testConfig } from '../../server/broker/test-fixtures';
import { createBrokerClient, type BrokerAuth } from './broker-client';
import { BrokerError } from './broker-error';

const BROKER = 'http://broker.test';

/** The real broker app, in-process: fetch goes to app.request. */
function brokerFetch(env: Record<string, string | undefined> = {}): typeof fetch {
  // the in-process broker is reached as broker.test: it must be one of the names it serves
  const app = createBrokerApp({ config: testConfig({ BROKER_ALLOWED_HOSTS: 'broker.test', ...env }) });
  return (async (input: RequestInfo | URL, init?: RequestInit) =>
    app.request(String(input), {
      ...init,
      headers: { ...(init?.headers as object), Origin: CONSOLE_ORIGIN },
    })) as typeof fetch;
}

const client = (auth: BrokerAuth, fetchImpl: typeof fetch = brokerFetch()) =>
  createBrokerClient({ brokerUrl: `${BROKER}/`, auth, fetch: fetchImpl, consoleOrigin: CONSOLE_ORIGIN });

const rejection = async (p: Promise<unknown>): Promise<BrokerError> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof BrokerError)) throw new Error(`expected a BrokerError, got ${String(err)}`);
  return err;
};

const fixed = (status: number, body: string, headers: Record<string, string> = {}) =>
  (async () => new Response(body, { status, headers })) as typeof fetch;

describe('broker client against the real broker app', () => {
  const bearer: BrokerAuth = { kind: 'bearer', token: TEST_TOKEN };

  it('gets /config, validated', async () => {
    const config = await client(bearer).getConfig();
    expect(config.defaultBucket).toBe('examplebucket');
    expect(config.buckets.map((b) => b.name)).toEqual(['examplebucket', 'scoped-bucket']);
  });

  it('gets credentials with the asked duration, granted up to the maximum', async () => {
    const { credentials, serverDate } = await client(bearer).getCredentials({ durationSeconds: 32_400 });
    expect(credentials.accessKeyId).toMatch(/^STS\./);
    expect(credentials.grantedSeconds).toBe(3600);
    expect(credentials.requestedSeconds).toBe(32_400);
    expect(credentials.expiresAt - Date.now()).toBeGreaterThan(3500_000);
    // app.request has no Date header: the broker time is derived from Expiration − DurationSeconds
    expect(Math.abs(Date.parse(serverDate ?? '') - Date.now())).toBeLessThan(5000);
  });

  it('401 without a token: set a bearer token in Settings', async () => {
    const err = await rejection(client({ kind: 'none' }).getCredentials());
    expect(err).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(err.message).toContain('The broker wants authentication: set a bearer token in Settings');
    const wrong = await rejection(client({ kind: 'bearer', token: 'wrong-token-0123456789' }).getConfig());
    expect(wrong.fix).toMatch(/refused the bearer token/);
  });

  it('403 outside the scope keeps the broker’s message and code', async () => {
    const err = await rejection(client(bearer).getCredentials({ bucket: 'other-bucket' }));
    expect(err).toMatchObject({ kind: 'forbidden', code: 'BucketNotAllowed', status: 403 });
    expect(err.message).toContain('other-bucket');
    const prefix = await rejection(
      client(bearer).getCredentials({ bucket: 'scoped-bucket', prefix: 'elsewhere/' }),
    );
    expect(prefix.code).toBe('PrefixNotAllowed');
  });

  it('400 for a bad duration', async () => {
    const err = await rejection(client(bearer).getCredentials({ durationSeconds: -5 }));
    expect(err).toMatchObject({ kind: 'bad-request', code: 'InvalidDuration' });
  });

  it('429 from the rate limit carries Retry-After', async () => {
    const f = brokerFetch({ BROKER_RATE_LIMIT: '1' });
    const c = client(bearer, f);
    await c.getCredentials();
    const err = await rejection(c.getCredentials());
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.transient).toBe(true);
  });
});

describe('broker client failures', () => {
  it('5xx keeps the broker’s message and says to retry', async () => {
    const err = await rejection(
      client(
        { kind: 'none' },
        fixed(502, '{"code":"StsUnreachable","message":"STS cannot be reached."}', { 'x-request-id': 'r1' }),
      ).getCredentials(),
    );
    expect(err).toMatchObject({ kind: 'server', code: 'StsUnreachable', requestId: 'r1' });
    expect(err.message).toMatch(/STS cannot be reached\. Retry/);
  });
  it('a network or CORS failure says the broker must allow this console’s origin', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const err = await rejection(client({ kind: 'none' }, failing).getConfig());
    expect(err.kind).toBe('network');
    expect(err.message).toContain(`BROKER_ALLOWED_ORIGINS must include ${CONSOLE_ORIGIN}`);
  });
  it('an HTML page instead of JSON, a 404 and a wrong shape are named', async () => {
    const html = await rejection(client({ kind: 'none' }, fixed(200, '<!doctype html>')).getCredentials());
    expect(html).toMatchObject({ kind: 'bad-answer' });
    expect(html.message).toMatch(/answered HTML/);
    const missing = await rejection(client({ kind: 'none' }, fixed(404, 'Not Found')).getCredentials());
    expect(missing.kind).toBe('not-found');
    const shape = await rejection(
      client({ kind: 'none' }, fixed(200, '{"AccessKeyId":"a"}')).getCredentials(),
    );
    expect(shape.message).toContain('AccessKeySecret is missing');
    const config = await rejection(client({ kind: 'none' }, fixed(200, '{"mode":"local"}')).getConfig());
    expect(config.message).toMatch(/\/config answer is not usable: region is missing/);
  });
  it('times out with its own kind, and passes a caller’s abort through', async () => {
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const c = createBrokerClient({
      brokerUrl: BROKER,
      auth: { kind: 'none' },
      fetch: hanging,
      timeoutMs: 20,
    });
    expect((await rejection(c.getConfig())).kind).toBe('timeout');
    const controller = new AbortController();
    const p = createBrokerClient({ brokerUrl: BROKER, auth: { kind: 'none' }, fetch: hanging }).getConfig(
      controller.signal,
    );
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
  it('sends the bearer token, cookies only when asked, and the query', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const spy = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), init });
      return new Response('{"mode":"x"}', { status: 500 });
    }) as typeof fetch;
    await createBrokerClient({
      brokerUrl: 'https://b.example/api/',
      auth: { kind: 'bearer', token: 't0k' },
      fetch: spy,
    })
      .getCredentials({ durationSeconds: 120.5, bucket: 'b1', prefix: 'a b/' })
      .catch(() => undefined);
    await createBrokerClient({ brokerUrl: 'https://b.example', auth: { kind: 'cookies' }, fetch: spy })
      .getConfig()
      .catch(() => undefined);
    expect(seen[0]?.url).toBe('https://b.example/api/sts?duration=121&bucket=b1&prefix=a+b%2F');
    expect((seen[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer t0k');
    expect(seen[0]?.init?.credentials).toBe('omit');
    expect(seen[1]?.init?.credentials).toBe('include');
    expect(() => createBrokerClient({ brokerUrl: 'broker.example', auth: { kind: 'none' } })).toThrow(
      BrokerError,
    );
  });
});

describe('a broker that also lists COS buckets', () => {
  const config = (buckets: Array<{ name: string; provider?: 'oss' | 'cos' }>, defaultBucket: string) =>
    JSON.stringify({
      mode: 'local',
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost:9000',
      secure: false,
      buckets: buckets.map((b) => ({
        ...b,
        region: b.provider === 'cos' ? 'ap-guangzhou' : 'cn-local',
        prefix: '',
        actions: [],
        upload: false,
        customDomains: [],
      })),
      defaultBucket,
      minDurationSeconds: 900,
      maxDurationSeconds: 3600,
      defaultDurationSeconds: 3600,
    });
  it('keeps every bucket with its cloud: one console for OSS and COS buckets', async () => {
    const got = await client(
      { kind: 'none' },
      fixed(
        200,
        config(
          [
            { name: 'cosbucket-1250000000', provider: 'cos' },
            { name: 'examplebucket', provider: 'oss' },
          ],
          'cosbucket-1250000000',
        ),
      ),
    ).getConfig();
    expect(got.buckets.map((b) => [b.name, b.provider])).toEqual([
      ['cosbucket-1250000000', 'cos'],
      ['examplebucket', 'oss'],
    ]);
    expect(got.defaultBucket).toBe('cosbucket-1250000000');
  });
  it('reads a bucket without a provider (a broker from before COS) as OSS', async () => {
    const got = await client(
      { kind: 'none' },
      fixed(200, config([{ name: 'examplebucket' }], 'examplebucket')),
    ).getConfig();
    expect(got.buckets[0]!.provider).toBe('oss');
  });
  it('gets a COS temporary key for a COS bucket, and refuses one where OSS credentials were asked', async () => {
    const answer = JSON.stringify({
      provider: 'cos',
      tmpSecretId: 'AKIDtmp',
      tmpSecretKey: 'tmp-secret',
      sessionToken: 'tmp-token',
      expiration: '2030-01-02T04:04:05Z',
      bucket: 'cosbucket-1250000000',
      region: 'ap-guangzhou',
      appId: '1250000000',
      prefix: '',
      durationSeconds: 3600,
    });
    const grant = await client({ kind: 'none' }, fixed(200, answer)).getCosCredentials({
      bucket: 'cosbucket-1250000000',
      durationSeconds: 3600,
    });
    expect(grant.credentials).toMatchObject({ secretId: 'AKIDtmp', grantedSeconds: 3600 });
    // without a Date header the broker's clock is derived from the expiry and the granted duration
    expect(grant.serverDate).toBe(new Date(Date.UTC(2030, 0, 2, 3, 4, 5)).toUTCString());
    const err = await rejection(client({ kind: 'none' }, fixed(200, answer)).getCredentials());
    expect(err.message).toMatch(
      /Tencent COS temporary key where Alibaba Cloud OSS credentials were expected/,
    );
  });
});
