// The --control fault endpoint cannot be driven by another web page. A page can send a "simple" cross-
// origin request (POST text/plain, no custom header) without any preflight; before this, such a POST
// switched faults on. Now the endpoint needs `x-oss-local-control: 1` (a page cannot add it without a
// preflight, which this endpoint never grants) and refuses any request carrying Origin.
// Reference: the Fetch standard's CORS-safelisted request headers, https://fetch.spec.whatwg.org/#cors-safelisted-request-header
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import { startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ control: true });
});
afterAll(async () => {
  await ts.close();
});

const faultsUrl = () => `http://${ts.server.endpointHost}:${ts.server.httpPort}/__oss-local/faults`;

describe('control endpoint doors', () => {
  it('a simple cross-origin POST (text/plain, Origin of another page) changes nothing', async () => {
    const res = await loopbackRequest(faultsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'http://evil.example' },
      body: JSON.stringify({ listFailEvery: 1 }),
    });
    expect(res.status).toBe(403);
    expect(ts.server.faults.get().listFailEvery).toBeNull();
  });

  it('the control header with an Origin is refused too; a preflight is not granted', async () => {
    const res = await loopbackRequest(faultsUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-oss-local-control': '1',
        origin: 'http://localhost:5173',
      },
      body: JSON.stringify({ listFailEvery: 1 }),
    });
    expect(res.status).toBe(403);
    const preflight = await loopbackRequest(faultsUrl(), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-oss-local-control',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(ts.server.faults.get().listFailEvery).toBeNull();
  });

  it('without the header (curl, no Origin) -> 403 naming the header; with it -> applied', async () => {
    const bare = await loopbackRequest(faultsUrl(), { method: 'DELETE' });
    expect(bare.status).toBe(403);
    expect(bare.body.toString()).toContain('x-oss-local-control: 1');
    const ok = await loopbackRequest(faultsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-oss-local-control': '1' },
      body: JSON.stringify({ listFailEvery: 3 }),
    });
    expect(ok.status).toBe(200);
    expect(ts.server.faults.get().listFailEvery).toBe(3);
    ts.server.faults.reset();
  });
});
