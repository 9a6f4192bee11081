// The --control fault endpoint of both local servers (oss-local, cos-local) cannot be driven by another
// web page. A page can send a "simple" cross-
// origin request (POST text/plain, no custom header) without any preflight; before this, such a POST
// switched faults on. Now the endpoint needs its header (`x-oss-local-control: 1`, `x-cos-local-control: 1`;
// a page cannot add it without a preflight, which this endpoint never grants) and refuses any request
// carrying Origin.
// Reference: the Fetch standard's CORS-safelisted request headers, https://fetch.spec.whatwg.org/#cors-safelisted-request-header
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import { startTestServer } from '../oss-local/test-fixtures';
import { startTestCos } from '../cos-local/test-fixtures';
import type { FaultControl } from './faults';

interface Served {
  server: { endpointHost: string; httpPort: number; faults: FaultControl };
  close(): Promise<void>;
}

describe.each([
  {
    name: 'oss-local',
    prefix: '__oss-local',
    header: 'x-oss-local-control',
    start: () => startTestServer({ control: true }),
  },
  {
    name: 'cos-local',
    prefix: '__cos-local',
    header: 'x-cos-local-control',
    start: () => startTestCos({ control: true }),
  },
])('control endpoint doors ($name)', ({ prefix, header, start }) => {
  let ts: Served;
  beforeAll(async () => {
    ts = await start();
  });
  afterAll(async () => {
    await ts.close();
  });
  const faultsUrl = () => `http://${ts.server.endpointHost}:${ts.server.httpPort}/${prefix}/faults`;

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
        [header]: '1',
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
        'access-control-request-headers': header,
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(ts.server.faults.get().listFailEvery).toBeNull();
  });

  it('without the header (curl, no Origin) -> 403 naming the header; with it -> applied', async () => {
    const bare = await loopbackRequest(faultsUrl(), { method: 'DELETE' });
    expect(bare.status).toBe(403);
    expect(bare.body.toString()).toContain(`${header}: 1`);
    const ok = await loopbackRequest(faultsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header]: '1' },
      body: JSON.stringify({ listFailEvery: 3 }),
    });
    expect(ok.status).toBe(200);
    expect(ts.server.faults.get().listFailEvery).toBe(3);
    const expire = await loopbackRequest(`${faultsUrl()}/expire-tokens`, {
      method: 'POST',
      headers: { [header]: '1' },
    });
    expect(expire.status).toBe(200);
    expect(ts.server.faults.get().expireTokensIssuedBeforeMs).not.toBeNull();
    const bad = await loopbackRequest(faultsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header]: '1' },
      body: JSON.stringify({ listFailEvery: 'often' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.toString()).toContain('<Code>InvalidArgument</Code>');
    const reset = await loopbackRequest(faultsUrl(), { method: 'DELETE', headers: { [header]: '1' } });
    expect(reset.status).toBe(200);
    expect(ts.server.faults.get().listFailEvery).toBeNull();
  });
});
