// Fault injection, through the FaultControl handle and the loopback control endpoint.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import {
  errorCode,
  fullAccess,
  listParts,
  mint,
  sdkClient,
  sdkErrorCode,
  startTestServer,
  type TestServer,
} from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ control: true });
});
beforeEach(() => {
  ts.server.faults.reset();
});
afterAll(async () => {
  await ts.close();
});

const control = (path: string, method = 'GET', body?: unknown) =>
  loopbackRequest(`http://${ts.server.endpointHost}:${ts.server.httpPort}/__oss-local${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'x-oss-local-control': '1' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const listUrl = () =>
  `http://public-bucket.${ts.server.endpointHost}:${ts.server.httpPort}/?list-type=2&max-keys=2`;

describe('list faults', () => {
  it('fails every Nth list request with a 503 ServiceUnavailable', async () => {
    const set = await control('/faults', 'POST', { listFailEvery: 2 });
    expect(JSON.parse(set.body.toString())).toMatchObject({ listFailEvery: 2, listFailMode: '503' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await loopbackRequest(listUrl());
      statuses.push(res.status);
      if (res.status === 503) expect(errorCode(res.body)).toBe('ServiceUnavailable');
    }
    expect(statuses).toEqual([200, 503, 200, 503]);
  });

  it('resets the connection of every Nth list request', async () => {
    ts.server.faults.set({ listFailEvery: 1, listFailMode: 'reset' });
    await expect(loopbackRequest(listUrl())).rejects.toMatchObject({ code: 'ECONNRESET' });
    ts.server.faults.set({ listFailEvery: null });
    expect((await loopbackRequest(listUrl())).status).toBe(200);
  });

  // Behaviour, not speed: the delay is at least what is configured (a timer never fires early; 10 ms of
  // slack for the clock's rounding), and it holds list requests only — an object GET sent while a list
  // request waits out a long delay is answered first.
  it('delays list requests by at least the configured latency', async () => {
    ts.server.faults.set({ listLatencyMs: 200 });
    const started = performance.now();
    expect((await loopbackRequest(listUrl())).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('adds latency to list requests only', async () => {
    const slow = await startTestServer();
    try {
      slow.server.faults.set({ listLatencyMs: 10_000 });
      const host = `public-bucket.${slow.server.endpointHost}:${slow.server.httpPort}`;
      let listAnswered = false;
      const list = loopbackRequest(`http://${host}/?list-type=2&max-keys=2`).then(
        () => (listAnswered = true),
        () => undefined, // cut by close() below
      );
      const object = await loopbackRequest(`http://${host}/public/hello.txt`);
      expect(object.status).toBe(200);
      expect(listAnswered).toBe(false);
      await slow.close();
      await list;
    } finally {
      await slow.close();
    }
  });
});

describe('token faults', () => {
  it('expires every token issued so far (control endpoint), new tokens still work', async () => {
    const old = mint(fullAccess('examplebucket'), { nowMs: Date.now() - 5_000 });
    expect((await sdkClient(ts, old).get('readme.txt')).res.status).toBe(200);
    expect((await control('/faults/expire-tokens', 'POST')).status).toBe(200);
    expect(await sdkErrorCode(sdkClient(ts, old).get('readme.txt'))).toBe('SecurityTokenExpired');
    const fresh = mint(fullAccess('examplebucket'), { nowMs: Date.now() + 2_000 });
    expect((await sdkClient(ts, fresh).get('readme.txt')).res.status).toBe(200);
  });

  it('treats tokens as expired a given number of seconds after issue', async () => {
    ts.server.faults.set({ tokenMaxAgeSeconds: 10 });
    const aged = mint(fullAccess('examplebucket'), { nowMs: Date.now() - 20_000 });
    const url = sdkClient(ts, aged).signatureUrl('readme.txt', { expires: 600 });
    const res = await loopbackRequest(url);
    expect([res.status, errorCode(res.body)]).toEqual([403, 'SecurityTokenExpired']);
    expect((await sdkClient(ts, mint(fullAccess('examplebucket'))).get('readme.txt')).res.status).toBe(200);
  });
});

describe('clock faults', () => {
  it('moves the clock requests are checked against: a signed URL expires without waiting', async () => {
    const url = sdkClient(ts, mint(fullAccess('examplebucket'))).signatureUrl('readme.txt', { expires: 60 });
    expect((await loopbackRequest(url)).status).toBe(200);
    await control('/faults', 'POST', { requestClockOffsetMs: 61_000 });
    const late = await loopbackRequest(url);
    expect([late.status, errorCode(late.body)]).toEqual([403, 'AccessDenied']);
    expect(late.body.toString()).toContain('Request has expired');
    // header-signed calls within the 15-minute skew still work, and so does the token
    expect((await sdkClient(ts, mint(fullAccess('examplebucket'))).get('readme.txt')).res.status).toBe(200);
    ts.server.faults.set({ requestClockOffsetMs: 0 });
    expect((await loopbackRequest(url)).status).toBe(200);
  });
});

describe('upload faults', () => {
  const client = () => sdkClient(ts, mint(fullAccess('examplebucket')));
  const part = (c: ReturnType<typeof client>, key: string, uploadId: string, n: number) =>
    c.uploadPart(key, uploadId, n, Buffer.from(`part ${n}`), 0, 6);

  it('lets N UploadPart requests through, then answers 503 until cleared (control endpoint)', async () => {
    const set = await control('/faults', 'POST', { uploadPartFailAfter: 1 });
    expect(JSON.parse(set.body.toString())).toMatchObject({
      uploadPartFailAfter: 1,
      uploadPartFailMode: '503',
    });
    const c = client();
    const { uploadId } = await c.initMultipartUpload('faults/mp.bin');
    expect((await part(c, 'faults/mp.bin', uploadId, 1)).res.status).toBe(200);
    expect(await sdkErrorCode(part(c, 'faults/mp.bin', uploadId, 2))).toBe('ServiceUnavailable');
    expect(await sdkErrorCode(part(c, 'faults/mp.bin', uploadId, 3))).toBe('ServiceUnavailable');
    // other requests are unaffected, and the parts that failed were not stored
    const parts = await listParts(c, 'faults/mp.bin', uploadId);
    expect(parts.parts).toMatchObject({ PartNumber: '1' });
    await control('/faults', 'POST', { uploadPartFailAfter: null });
    expect((await part(c, 'faults/mp.bin', uploadId, 2)).res.status).toBe(200);
  });

  it('cuts the connection of failing UploadPart requests in reset mode; setting the fault again restarts the count', async () => {
    ts.server.faults.set({ uploadPartFailAfter: 0, uploadPartFailMode: 'reset' });
    const c = client();
    const { uploadId } = await c.initMultipartUpload('faults/cut.bin');
    const url = c.signatureUrl('faults/cut.bin', {
      method: 'PUT',
      expires: 600,
      subResource: { partNumber: '1', uploadId },
    } as Parameters<typeof c.signatureUrl>[1]);
    await expect(loopbackRequest(url, { method: 'PUT', body: 'bytes' })).rejects.toMatchObject({
      code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/),
    });
    ts.server.faults.set({ uploadPartFailAfter: 1 });
    expect((await loopbackRequest(url, { method: 'PUT', body: 'bytes' })).status).toBe(200);
    await expect(loopbackRequest(url, { method: 'PUT', body: 'bytes' })).rejects.toMatchObject({
      code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/),
    });
    ts.server.faults.reset();
    expect((await loopbackRequest(url, { method: 'PUT', body: 'bytes' })).status).toBe(200);
  });

  it('adds latency to UploadPart requests', async () => {
    ts.server.faults.set({ uploadPartLatencyMs: 200 });
    const c = client();
    const { uploadId } = await c.initMultipartUpload('faults/slow.bin');
    const started = performance.now();
    await part(c, 'faults/slow.bin', uploadId, 1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('control endpoint', () => {
  it('reads, validates and clears the configuration', async () => {
    expect(JSON.parse((await control('/faults')).body.toString())).toMatchObject({
      listFailEvery: null,
      listLatencyMs: 0,
    });
    const bad = await control('/faults', 'POST', { listFailEvery: 0 });
    expect([bad.status, errorCode(bad.body)]).toEqual([400, 'InvalidArgument']);
    const unknown = await control('/faults', 'POST', { dropEverything: true });
    expect(unknown.status).toBe(400);
    const badMode = await control('/faults', 'POST', { uploadPartFailMode: 'drop' });
    expect(badMode.status).toBe(400);
    await control('/faults', 'POST', { listLatencyMs: 5 });
    expect(JSON.parse((await control('/faults', 'DELETE')).body.toString())).toMatchObject({
      listLatencyMs: 0,
    });
  });

  it('is an ordinary object path on bucket hosts, and absent without `control`', async () => {
    const onBucket = await loopbackRequest(
      `http://public-bucket.${ts.server.endpointHost}:${ts.server.httpPort}/__oss-local/faults`,
    );
    expect([onBucket.status, errorCode(onBucket.body)]).toEqual([404, 'NoSuchKey']);
    const plain = await startTestServer();
    try {
      const res = await loopbackRequest(
        `http://${plain.server.endpointHost}:${plain.server.httpPort}/__oss-local/faults`,
      );
      expect(res.status).toBe(501);
    } finally {
      await plain.close();
    }
  });
});
