// The shared fault injection (server/object-store/faults.ts) on cos-local: failing GET Bucket (503 or a
// reset connection), failing Upload Part after N parts, tokens expired early, and the request clock
// moved so signatures expire without waiting. Behaviour only, no timing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../oss-local/loopback-lookup';
import {
  BUCKET,
  mintKey,
  PUBLIC_BUCKET,
  REGION,
  sdkError,
  sdkFor,
  sdkForKey,
  startTestCos,
  type TestCos,
} from './test-fixtures';

let ts: TestCos;
beforeAll(async () => {
  ts = await startTestCos();
});
beforeEach(() => {
  ts.server.faults.reset();
});
afterAll(async () => {
  await ts.close();
});

const code = (body: Buffer): string | undefined => /<Code>([^<]*)<\/Code>/.exec(body.toString())?.[1];
const B = { Bucket: BUCKET, Region: REGION };

describe('faults', () => {
  it('fails every Nth GET Bucket with 503 ServiceUnavailable, or resets the connection', async () => {
    ts.server.faults.set({ listFailEvery: 2 });
    const list = () => loopbackRequest(`${ts.origin(PUBLIC_BUCKET)}/?max-keys=1`);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await list();
      statuses.push(res.status);
      if (res.status === 503) expect(code(res.body)).toBe('ServiceUnavailable');
    }
    expect(statuses).toEqual([200, 503, 200, 503]);
    ts.server.faults.set({ listFailEvery: 1, listFailMode: 'reset' });
    await expect(list()).rejects.toMatchObject({ code: 'ECONNRESET' });
    // objects are not lists: they keep working
    expect((await loopbackRequest(`${ts.origin(PUBLIC_BUCKET)}/public/logo.png`)).status).toBe(200);
  });

  it('lets N parts through, then fails Upload Part until cleared', async () => {
    const cos = sdkFor(ts);
    const key = 'faults/parts.bin';
    const { UploadId } = await cos.multipartInit({ ...B, Key: key });
    ts.server.faults.set({ uploadPartFailAfter: 1 });
    const part = (n: number) =>
      cos.multipartUpload({ ...B, Key: key, UploadId, PartNumber: n, Body: Buffer.alloc(10, n) });
    expect((await part(1)).ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await sdkError(part(2))).toMatchObject({ statusCode: 503 });
    ts.server.faults.set({ uploadPartFailAfter: null });
    expect((await part(2)).ETag).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('expires the tokens issued so far; a new one works', async () => {
    const old = mintKey({}, { nowMs: Date.now() - 5_000 });
    expect((await sdkForKey(ts, old).headObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
    ts.server.faults.expireTokensNow();
    expect((await sdkError(sdkForKey(ts, old).getObject({ ...B, Key: 'docs/guide.pdf' }))).code).toBe(
      'ExpiredToken',
    );
    const fresh = mintKey({}, { nowMs: Date.now() + 1_000 });
    expect((await sdkForKey(ts, fresh).getObject({ ...B, Key: 'docs/guide.pdf' })).statusCode).toBe(200);
  });

  it('moves the request clock: a header-signed request is then "Request has expired"', async () => {
    ts.server.faults.set({ requestClockOffsetMs: 3_600_000 });
    // no clock-skew correction: the SDK would otherwise re-sign with the server's Date and succeed
    const cos = sdkFor(ts, undefined, { CorrectClockSkew: false });
    expect(await sdkError(cos.getObject({ ...B, Key: 'docs/guide.pdf' }))).toEqual({
      code: 'AccessDenied',
      statusCode: 403,
    });
  });
});
