// The broker runs in production without devDependencies: `npm run build:broker` bundles it to one
// JavaScript file, started here with plain `node` from a directory with no node_modules anywhere above
// it, in local mode; it must answer /healthz and mint credentials at /sts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let dir = '';
let child: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-broker.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'broker-bundle-'));
  for (const name of readdirSync(join(root, 'dist-broker')))
    copyFileSync(join(root, 'dist-broker', name), join(dir, name));
  child = spawn(process.execPath, [join(dir, 'broker.mjs')], {
    cwd: dir,
    // no NODE_PATH, no tsx loader: only what the bundle carries
    env: {
      PATH: process.env.PATH ?? '',
      BROKER_AUTH: 'none',
      BROKER_PORT: '0',
      LOCAL_STACK_KEY: 'bundle-test-stack-key-0123',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child?.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child?.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child?.once('exit', (code) => reject(new Error(`broker exited ${code}: ${out}`)));
  });
}, 120_000);

afterAll(() => {
  child?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('bundled broker', () => {
  it('was started from a directory without node_modules', () => {
    let up = dir;
    for (;;) {
      expect(existsSync(join(up, 'node_modules'))).toBe(false);
      if (dirname(up) === up) break;
      up = dirname(up);
    }
  });

  it('answers /healthz and /sts in local mode with plain node', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ ok: true, mode: 'local' });
    const sts = await fetch(`${url}/sts`);
    expect(sts.status).toBe(200);
    const body = (await sts.json()) as { AccessKeyId: string; SecurityToken: string; Expiration: string };
    expect(body.AccessKeyId).toMatch(/^STS\./);
    expect(body.SecurityToken.length).toBeGreaterThan(20);
    expect(Date.parse(body.Expiration)).toBeGreaterThan(Date.now());
  });
});
