// The 100,000-object synthetic folder (cos-local --big-folder, BIG_FOLDER), listed through GET Bucket
// with marker / NextMarker as cos-nodejs-sdk-v5 pages it: full pages, keys in order, the exact end.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIG_FOLDER } from './options';
import { BUCKET, REGION, sdkFor, startTestCos, type TestCos } from './test-fixtures';

let ts: TestCos;
beforeAll(async () => {
  ts = await startTestCos({ seed: false, synthetic: [BIG_FOLDER] });
});
afterAll(async () => {
  await ts.close();
});

const keyAt = (i: number): string => `big-folder/${String(i).padStart(9, '0')}.txt`;

it('pages through the 100,000-object folder from a marker to its exact end', async () => {
  const cos = sdkFor(ts);
  let marker = keyAt(96_999);
  let next = 97_000;
  for (let page = 0; page < 10; page++) {
    const res = await cos.getBucket({
      Bucket: BUCKET,
      Region: REGION,
      Prefix: 'big-folder/',
      Marker: marker,
      MaxKeys: 1000,
    });
    const keys = res.Contents.map((c) => c.Key);
    expect(keys).toEqual(Array.from({ length: Math.min(1000, 100_000 - next) }, (_, i) => keyAt(next + i)));
    next += keys.length;
    if (res.IsTruncated !== 'true') break;
    marker = res.NextMarker ?? '';
  }
  expect(next).toBe(100_000);
  const object = await cos.getObject({ Bucket: BUCKET, Region: REGION, Key: keyAt(12_345) });
  expect(object.statusCode).toBe(200);
});
