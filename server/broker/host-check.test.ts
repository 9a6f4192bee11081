// DNS rebinding: a page on attacker.example whose name resolves to 127.0.0.1 reaches the broker as its
// own origin (no CORS check applies), so with auth off (the dev stack) it could read /sts. The broker
// answers only the host names it serves. Reference: https://en.wikipedia.org/wiki/DNS_rebinding
import { describe, expect, it } from 'vitest';
import { createBrokerApp } from './app';
import { hostNameOf } from './host-check';
import { testConfig } from './test-fixtures';

const anonymous = () =>
  createBrokerApp({ config: testConfig({ BROKER_AUTH: 'none', BROKER_TOKENS: undefined }) });

describe('Host check', () => {
  it('a loopback broker answers localhost, 127.0.0.1 and [::1], and refuses any other name', async () => {
    const app = anonymous();
    for (const host of ['localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'LOCALHOST']) {
      const res = await app.request('/sts', { headers: { host } });
      expect(res.status, host).toBe(200);
    }
    for (const host of [
      'attacker.example:8787',
      'attacker.example',
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
    ]) {
      const res = await app.request('/sts', { headers: { host } });
      expect(res.status, host).toBe(421);
      expect(await res.text()).not.toContain('AccessKeySecret');
    }
  });

  it('BROKER_ALLOWED_HOSTS names the hosts of a deployed broker', async () => {
    const app = createBrokerApp({
      config: testConfig({ BROKER_HOST: '0.0.0.0', BROKER_ALLOWED_HOSTS: 'broker.example.com' }),
    });
    expect((await app.request('/config', { headers: { host: 'broker.example.com' } })).status).not.toBe(421);
    expect((await app.request('/config', { headers: { host: 'other.example.com' } })).status).toBe(421);
    // container health checks call /healthz by IP
    expect((await app.request('/healthz', { headers: { host: '172.17.0.2:8787' } })).status).toBe(200);
  });

  it('reads host names the way Host carries them', () => {
    expect(hostNameOf('Example.COM:443')).toBe('example.com');
    expect(hostNameOf('[::1]:8787')).toBe('::1');
    expect(hostNameOf('localhost.')).toBe('localhost');
  });
});
