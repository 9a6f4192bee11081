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
    expect((await run(['--bucket', 'b'], {})).err).toMatch(/Set OSS_ACCESS_KEY_ID/);
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
    expect(v4TooLong.err).toMatch(/7 days/);
  });
});
