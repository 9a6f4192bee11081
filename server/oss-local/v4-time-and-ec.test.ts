// V4 specifics of the error pages: a V4 SignatureDoesNotMatch carries EC 0002-00000201 (V1: 0002-00000040);
// a V4 URL used more than 15 minutes before its x-oss-date is refused (0002-00000235), one used after
// x-oss-date + x-oss-expires has expired (0002-00000236); a V4 header-signed request dated beyond the skew
// is RequestTimeTooSkewed, like V1.
// Docs: https://help.aliyun.com/en/oss/user-guide/0002-00000201
//       https://www.alibabacloud.com/help/en/oss/support/0002-00000235
//       https://www.alibabacloud.com/help/en/oss/support/0002-00000236
//       https://help.aliyun.com/zh/oss/support/0002-00000040
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loopbackRequest } from './loopback-lookup';
import { errorCode, sdkClient, sdkErrorCode, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterEach(() => {
  ts.clock.offsetMs = 0;
});
afterAll(async () => {
  await ts.close();
});

const tamper = (url: string, param: string): string =>
  url.replace(
    new RegExp(`([?&]${param}=)([^&])`),
    (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
  );

describe('V4 error codes and time', () => {
  it('SignatureDoesNotMatch: EC 0002-00000201 for V4, 0002-00000040 for V1', async () => {
    const v4 = await sdkClient(ts, undefined, { v4: true }).signatureUrlV4(
      'GET',
      600,
      { headers: {} },
      'readme.txt',
    );
    const bad4 = await loopbackRequest(tamper(v4, 'x-oss-signature'));
    expect([bad4.status, errorCode(bad4.body), bad4.headers['x-oss-ec']]).toEqual([
      403,
      'SignatureDoesNotMatch',
      '0002-00000201',
    ]);
    expect(bad4.body.toString()).toContain('<EC>0002-00000201</EC>');
    const v1 = sdkClient(ts, undefined).signatureUrl('readme.txt', { expires: 600 });
    const bad1 = await loopbackRequest(tamper(v1, 'Signature'));
    expect([bad1.status, bad1.headers['x-oss-ec']]).toEqual([403, '0002-00000040']);
  });

  it('a V4 URL dated more than 15 minutes ahead of the server is refused; within the skew it works', async () => {
    const url = await sdkClient(ts, undefined, { v4: true }).signatureUrlV4(
      'GET',
      3600,
      { headers: {} },
      'readme.txt',
    );
    ts.clock.offsetMs = -20 * 60_000; // the server is 20 minutes behind the signer
    const early = await loopbackRequest(url);
    expect([early.status, errorCode(early.body), early.headers['x-oss-ec']]).toEqual([
      403,
      'AccessDenied',
      '0002-00000235',
    ]);
    ts.clock.offsetMs = -10 * 60_000;
    expect((await loopbackRequest(url)).status).toBe(200);
  });

  it('an expired V4 URL carries 0002-00000236', async () => {
    const url = await sdkClient(ts, undefined, { v4: true }).signatureUrlV4(
      'GET',
      60,
      { headers: {} },
      'readme.txt',
    );
    ts.clock.offsetMs = 120_000;
    const res = await loopbackRequest(url);
    expect([res.status, errorCode(res.body), res.headers['x-oss-ec']]).toEqual([
      403,
      'AccessDenied',
      '0002-00000236',
    ]);
  });

  it('a V4 header-signed request dated 20 minutes ahead -> RequestTimeTooSkewed', async () => {
    ts.clock.offsetMs = -20 * 60_000;
    expect(await sdkErrorCode(sdkClient(ts, undefined, { v4: true }).get('readme.txt'))).toBe(
      'RequestTimeTooSkewed',
    );
  });
});
