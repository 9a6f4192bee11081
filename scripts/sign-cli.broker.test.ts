// `npm run sign` against the real local stack: oss-local (its own verifier) and the broker listening on
// 127.0.0.1 with bearer auth, as `npm start` runs them. Every URL is fetched as a recipient would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrokerApp } from '../server/broker/app';
import { parseBrokerEnv } from '../server/broker/env';
import { listen, type Listening } from '../server/broker/listen';
import { loopbackRequest } from '../server/oss-local/loopback-lookup';
import { seedManifest } from '../server/object-store/seed/seed-objects';
import { startLocalStack, type LocalStack } from '../src/oss/local-stack.test-kit';
import { runSignCli } from './sign-cli';

const STACK_KEY = 'sign-cli-broker-test-stack-key';
const TOKEN = 'ops-token-0123456789abcdef';
let stack: LocalStack;
let broker: Listening;
let brokerUrl: string;

const readme = seedManifest().find((e) => e.bucket === 'examplebucket' && e.key === 'readme.txt')!;

async function run(argv: string[], env: Record<string, string> = { OPS_TOKEN: TOKEN }) {
  let out = '';
  let err = '';
  const code = await runSignCli(argv, { env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The README's local recipe, against this stack's ports. */
const local = (...more: string[]) => [
  '--broker',
  brokerUrl,
  '--broker-token-env',
  'OPS_TOKEN',
  '--bucket',
  'examplebucket',
  '--region',
  'cn-local',
  '--endpoint',
  `oss-cn-local.localhost:${stack.oss.httpPort}`,
  '--http',
  ...more,
];

beforeAll(async () => {
  stack = await startLocalStack(STACK_KEY, { cnames: { 'files.example.localhost': 'examplebucket' } });
  const config = parseBrokerEnv({
    BROKER_MODE: 'local',
    BROKER_TOKENS: `ops:${TOKEN}`,
    LOCAL_STACK_KEY: STACK_KEY,
    BROKER_REGION: 'cn-local',
    BROKER_OSS_ENDPOINT: `oss-cn-local.localhost:${stack.oss.httpPort}`,
    BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket', prefix: '', upload: false }]),
    BROKER_MIN_DURATION: '60',
    // what `npm start -- --max-duration 3600` does: the broker caps credentials at an hour
    BROKER_MAX_DURATION: '3600',
    LOG_LEVEL: 'silent',
  });
  broker = await listen(createBrokerApp({ config }).fetch, '127.0.0.1', 0);
  brokerUrl = `http://127.0.0.1:${broker.port}`;
});
afterAll(async () => {
  await broker.close();
  await stack.close();
});

describe('sign CLI with a broker', () => {
  it('signs with the broker’s credentials (bearer token from the environment): the link works', async () => {
    const { code, out, err } = await run(local('--key', 'readme.txt', '--expires', '3600'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const url = out.trim();
    expect(
      url.startsWith(`http://examplebucket.oss-cn-local.localhost:${stack.oss.httpPort}/readme.txt?`),
    ).toBe(true);
    const res = await loopbackRequest(url);
    expect(res.status, res.body.toString()).toBe(200);
    expect(res.body.length).toBe(readme.size);
  });

  it('keeps the endpoint’s port on a custom domain', async () => {
    const { code, out } = await run(
      local('--key', 'readme.txt', '--expires', '600', '--domain', 'files.example.localhost'),
    );
    expect(code).toBe(0);
    expect(out.startsWith(`http://files.example.localhost:${stack.oss.httpPort}/readme.txt?`)).toBe(true);
    expect((await loopbackRequest(out.trim())).status).toBe(200);
  });

  it('writes the effective expiry and says on stderr when the broker granted less than asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-broker-'));
    const file = join(dir, 'keys.txt');
    writeFileSync(file, 'readme.txt\ntricky/a b.txt\n');
    const before = Date.now();
    const { code, out, err } = await run(local('--keys-file', file, '--expires', '32400'));
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(out.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.key)).toEqual(['readme.txt', 'tricky/a b.txt']);
    // the rows end with the credentials (about an hour), not with the URL's own 9 h
    for (const r of rows) {
      const at = Date.parse(r.expires_at!);
      expect(at).toBeGreaterThan(before + 3500_000);
      expect(at).toBeLessThan(before + 3700_000);
      expect(r.url).toContain('x-oss-expires=32400');
      expect((await loopbackRequest(r.url!)).status).toBe(200);
    }
    expect(err).toMatch(/the broker granted credentials for 3600 s, less than the 32400 s asked/);
    expect(err).toMatch(/BROKER_MAX_DURATION/);
    expect(err.match(/granted/g)).toHaveLength(1);
  });

  it('is quiet at 3600 s against a broker capped at 3600 s: a skew-sized shortfall is none', async () => {
    const { code, err, out } = await run(local('--key', 'readme.txt', '--expires', '3600'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('x-oss-expires=3600');
  });

  it('refuses a wrong token and a missing token variable with the fix; a token flag does not exist', async () => {
    const wrong = await run(local('--key', 'readme.txt', '--expires', '60'), {
      OPS_TOKEN: 'wrong-token-0123456789',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^sign: /);
    expect(wrong.err).not.toContain('wrong-token');
    const unset = await run(local('--key', 'readme.txt', '--expires', '60'), {});
    expect(unset.code).toBe(2);
    expect(unset.err).toMatch(/OPS_TOKEN, which is not set/);
    const flag = await run([...local('--key', 'k', '--expires', '60'), '--broker-token', TOKEN]);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/Unknown option '--broker-token'/);
  });
});
