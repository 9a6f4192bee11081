import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRuntime } from './dev-console';
import { createDistApp } from './dev-console';

let dist = '';
const runtime: ConsoleRuntime = {
  brokerUrl: 'http://127.0.0.1:8787',
  ossOrigins: ['http://*.localhost:9000', 'https://*.localhost:9443'],
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('createDistApp', () => {
  const app = () => createDistApp(dist, runtime);

  it('serves the app shell for client routes, with the security headers', async () => {
    const res = await app().request('/b/examplebucket/photos/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>console</title>');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8787 http://*.localhost:9000");
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect((await app().request('/')).status).toBe(200);
  });

  it('serves files, with long caching for hashed assets', async () => {
    const asset = await app().request('/assets/app-123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toBeTruthy();
    expect((await app().request('/favicon.svg')).status).toBe(200);
  });

  it('answers 404 for missing files instead of the app shell', async () => {
    expect((await app().request('/assets/missing.js')).status).toBe(404);
    expect((await app().request('/robots.txt')).status).toBe(404);
  });

  it('tells the console where the broker is', async () => {
    const res = await app().request('/console-config.json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ brokerUrl: 'http://127.0.0.1:8787' });
    const starting = createDistApp(dist, { ossOrigins: [] });
    expect((await starting.request('/console-config.json')).status).toBe(503);
  });

  it('does not serve files outside dist', async () => {
    const res = await app().request('/..%2f..%2fetc%2fpasswd');
    expect(await res.text()).not.toContain('root:');
  });
});
