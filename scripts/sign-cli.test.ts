import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OSS from 'ali-oss';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSignCli } from './sign-cli';

const env = {
  OSS_ACCESS_KEY_ID: 'test-id',
  OSS_ACCESS_KEY_SECRET: 'test-secret',
  OSS_SESSION_TOKEN: 'test-token',
};

async function run(argv: string[], e: Record<string, string> = env) {
  let out = '';
  let err = '';
  const code = await runSignCli(argv, { env: e, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('sign CLI', () => {
  afterEach(() => vi.useRealTimers());

  it('prints the same URL as the official SDK', async () => {
    const now = '2024-05-01T08:00:00Z';
    const { code, out } = await run([
      '--bucket',
      'examplebucket',
      '--key',
      'a b/中文+.txt',
      '--region',
      'cn-hangzhou',
      '--expires',
      '900',
      '--version',
      'v1',
      '--now',
      now,
    ]);
    expect(code).toBe(0);
    vi.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sdk = new OSS({
      region: 'oss-cn-hangzhou',
      secure: true,
      bucket: 'examplebucket',
      accessKeyId: 'test-id',
      accessKeySecret: 'test-secret',
      stsToken: 'test-token',
    });
    expect(out).toBe(`${sdk.signatureUrl('a b/中文+.txt', { expires: 900 })}\n`);
  });

  it('writes CSV for a keys file, guarding formulas and reporting bad keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-'));
    const file = join(dir, 'keys.txt');
    writeFileSync(file, '\uFEFFa.txt\r\n=HYPERLINK("http://evil")\r\n\r\n/leading-slash\r\n');
    const { code, out, err } = await run([
      '--bucket',
      'examplebucket',
      '--keys-file',
      file,
      '--region',
      'cn-hangzhou',
      '--expires',
      '60',
      '--now',
      '2024-01-01T00:00:00Z',
    ]);
    expect(code).toBe(1);
    expect(out.startsWith('\uFEFFkey,url,expires_at\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(out.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.key)).toEqual(['a.txt', `'=HYPERLINK("http://evil")`]);
    expect(rows[0]!.expires_at).toBe('2024-01-01T00:01:00Z');
    expect(new URL(rows[1]!.url!).pathname).toBe('/%3DHYPERLINK(%22http%3A//evil%22)');
    expect(err).toMatch(/skipped "\/leading-slash": .*leading slash/);
  });

  it('refuses missing credentials and bad flags with usage', async () => {
    const noCredentials = await run(
      ['--bucket', 'b', '--key', 'k', '--region', 'cn-hangzhou', '--expires', '60'],
      {},
    );
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.err).toMatch(/Set OSS_ACCESS_KEY_ID .* or use --broker URL/);
    const bad = await run([
      '--bucket',
      'examplebucket',
      '--key',
      'k',
      '--region',
      'cn-hangzhou',
      '--expires',
      'soon',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--expires must be a whole number/);
    expect((await run(['--nope'])).code).toBe(2);
    const v4TooLong = await run([
      '--bucket',
      'examplebucket',
      '--key',
      'k',
      '--region',
      'cn-hangzhou',
      '--expires',
      '604801',
    ]);
    expect(v4TooLong.err).toMatch(/from 60 \(1 minute\) to 32400 \(9 hours\)/);
  });

  it('checks the validity range: 60–32400 s with STS credentials, up to 7 days (V4’s limit) with a long-term key', async () => {
    const flags = (expires: string, version = 'v4') => [
      '--bucket',
      'examplebucket',
      '--key',
      'k',
      '--region',
      'cn-hangzhou',
      '--expires',
      expires,
      '--version',
      version,
      '--now',
      '2024-01-01T00:00:00Z',
    ];
    const longTerm = { OSS_ACCESS_KEY_ID: 'id', OSS_ACCESS_KEY_SECRET: 'secret' };
    for (const [expires, e, ok] of [
      ['59', env, false],
      ['60', env, true],
      ['32400', env, true],
      ['32401', env, false],
      ['32401', longTerm, true],
      ['604800', longTerm, true],
      ['604801', longTerm, false],
    ] as const) {
      const r = await run(flags(expires), e);
      expect(r.code, `${expires} ${JSON.stringify(e)}`).toBe(ok ? 0 : 2);
      if (!ok)
        expect(r.err).toMatch(
          e === longTerm ? /from 60 \(1 minute\) to 604800 \(7 days\)/ : /to 32400 \(9 hours\)/,
        );
    }
    // V1 keeps to the same week
    expect((await run(flags('604801', 'v1'), longTerm)).code).toBe(2);
  });

  it('uses OSS_SESSION_EXPIRATION: expires_at is the credentials’ end when it comes first, with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-'));
    const file = join(dir, 'keys.txt');
    writeFileSync(file, 'a.txt\n');
    const argv = [
      '--bucket',
      'examplebucket',
      '--keys-file',
      file,
      '--region',
      'cn-hangzhou',
      '--expires',
      '3600',
      '--now',
      '2024-01-01T00:00:00Z',
    ];
    const short = await run(argv, { ...env, OSS_SESSION_EXPIRATION: '2024-01-01T00:30:00Z' });
    expect(short.out).toContain(',2024-01-01T00:30:00Z\r\n');
    expect(short.err).toMatch(/the credentials in the environment end before the 3600 s asked/);
    // within the clock-skew margin: the URL's own expiry, and no note
    const close = await run(argv, { ...env, OSS_SESSION_EXPIRATION: '2024-01-01T00:59:30Z' });
    expect(close.out).toContain(',2024-01-01T00:59:30Z\r\n');
    expect(close.err).toBe('');
    const bad = await run(argv, { ...env, OSS_SESSION_EXPIRATION: 'soon' });
    expect([bad.code, bad.err]).toEqual([
      2,
      expect.stringMatching(/OSS_SESSION_EXPIRATION must be an ISO 8601/),
    ]);
  });
});
