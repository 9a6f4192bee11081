// The console served by `npm start` (Vite dev) behaves like the production build at its doors: the same
// CSP (plus only the HMR WebSocket), Referrer-Policy and nosniff, no inline script in the page (Vite's
// client and the React Fast Refresh preamble are external scripts, so script-src needs no
// 'unsafe-inline'), and Vite serves nothing outside what the app needs (.data/ holds every stored object,
// unauthenticated through Vite; server/, tests, benches, CI).
// References: CSP script-src https://www.w3.org/TR/CSP3/#directive-script-src ; Vite server.fs.deny
// https://vite.dev/config/server-options.html#server-fs-deny
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRuntime, RunningConsole } from './dev-console';
import { startViteConsole } from './dev-console';
import { EXTERNAL_SCRIPT_PREFIX, externalizeInlineScripts } from './dev-external-scripts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runtime: ConsoleRuntime = {
  brokerUrl: 'http://127.0.0.1:8787',
  ossOrigins: ['http://*.localhost:9000', 'https://*.localhost:9443'],
};
let vite: RunningConsole;
const probeDir = join(root, '.data', 'vite-doors-probe');

beforeAll(async () => {
  mkdirSync(probeDir, { recursive: true });
  writeFileSync(join(probeDir, 'secret.txt'), 'stored object bytes');
  vite = await startViteConsole(root, 0, runtime);
}, 60_000);
afterAll(async () => {
  await vite?.close();
  rmSync(probeDir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, vite.url));

describe('Vite dev doors', () => {
  it('sends the production CSP (plus the HMR socket), Referrer-Policy and nosniff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(csp).toMatch(/script-src [^;]*$|script-src [^;]*;/);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).not.toContain('unsafe-inline');
    expect(csp).toContain(
      `connect-src 'self' http://127.0.0.1:8787 http://*.localhost:9000 https://*.localhost:9443 ws://127.0.0.1:${vite.port}`,
    );
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // modules too
    const client = await get('/@vite/client');
    expect(client.headers.get('content-security-policy')).toBe(csp);
    expect(client.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has no inline script: every <script> has a src, and the React preamble is served from one', async () => {
    const html = await (await get('/')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(1);
    for (const [, attrs, code] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(code?.trim()).toBe('');
    }
    const external = scripts
      .map(([, a]) => /src="([^"]+)"/.exec(a ?? '')?.[1] ?? '')
      .find((s) => s.startsWith(EXTERNAL_SCRIPT_PREFIX));
    expect(external).toBeDefined();
    const preamble = await get(external ?? '');
    expect(preamble.headers.get('content-type')).toContain('javascript');
    expect(await preamble.text()).toContain('injectIntoGlobalHook');
  });

  it('serves nothing of .data/, server/, tests or CI; the app still loads', async () => {
    for (const path of [
      '/.data/vite-doors-probe/secret.txt',
      '/server/dev.ts',
      '/server/oss-local/app.ts',
      '/e2e/global-setup.ts',
      '/src/core/link/link-options.test.ts',
      '/.ci/run',
      '/bench/run.ts',
      `/@fs${probeDir}/secret.txt`,
    ]) {
      const res = await get(path);
      const body = await res.text();
      expect(body, path).not.toContain('stored object bytes');
      expect(body, path).not.toContain('startDevStack');
      expect(body, path).not.toMatch(/\bdescribe\(|\bimport\b.*from/);
      // refused, or answered with the app shell (Vite's fallback for a path it will not serve)
      if (res.status === 200) expect(body, path).toContain('<div id="root">');
      else expect([403, 404], path).toContain(res.status);
    }
    expect((await get('/src/main.tsx')).status).toBe(200);
  });

  it('externalizes inline scripts and leaves external ones alone', () => {
    const store = new Map<string, string>();
    const out = externalizeInlineScripts(
      '<script type="module">a()</script><script src="/x.js"></script>',
      store,
    );
    expect(out).toMatch(
      /^<script type="module" src="\/@dev-external-script\/[0-9a-f]{20}\.js"><\/script><script src="\/x.js"><\/script>$/,
    );
    expect([...store.values()]).toEqual(['a()']);
  });
});
