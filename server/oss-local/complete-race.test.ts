// CompleteMultipartUpload is atomic against a concurrent UploadPart (replacing a part) or Abort of the
// same upload: the object's bytes always match its ETag (MD5 of the part MD5s), and a racing request gets
// an OSS error (NoSuchUpload), never a 500. Run on disk, where parts are files read while assembling.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/completemultipartupload
//       https://www.alibabacloud.com/help/en/oss/developer-reference/abortmultipartupload
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartEtag } from '../object-store/object-record';
import { signedRequest } from './test-signed-request';
import { errorCode, startTestServer, type TestServer } from './test-fixtures';

let ts: TestServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oss-local-race-'));
  ts = await startTestServer({ dataDir });
});
afterAll(async () => {
  await ts.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const PART = 256 * 1024;
const partBytes = (round: number, n: number, version: number): Buffer =>
  Buffer.alloc(PART, (round * 31 + n * 7 + version) % 251);

describe('CompleteMultipartUpload against racing UploadPart and Abort', () => {
  it('never stores bytes that differ from the ETag, never answers 500', async () => {
    const statuses = new Set<string>();
    for (let round = 0; round < 12; round++) {
      const key = `race/object-${round}.bin`;
      const init = await signedRequest(ts, { method: 'POST', key, query: 'uploads' });
      const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
      const etags: string[] = [];
      for (const n of [1, 2, 3]) {
        const res = await signedRequest(ts, {
          method: 'PUT',
          key,
          query: `partNumber=${n}&uploadId=${uploadId}`,
          body: partBytes(round, n, 0),
        });
        etags.push(String(res.headers.etag));
      }
      const list = etags.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`);
      const complete = signedRequest(ts, {
        method: 'POST',
        key,
        query: `uploadId=${uploadId}`,
        body: `<CompleteMultipartUpload>${list.join('')}</CompleteMultipartUpload>`,
      });
      // a new version of part 2 and (every other round) an Abort, sent at the same time
      const replace = signedRequest(ts, {
        method: 'PUT',
        key,
        query: `partNumber=2&uploadId=${uploadId}`,
        body: partBytes(round, 2, 1),
      });
      const abort =
        round % 2 === 0
          ? signedRequest(ts, { method: 'DELETE', key, query: `uploadId=${uploadId}` })
          : undefined;
      const results = await Promise.all([complete, replace, ...(abort ? [abort] : [])]);
      for (const r of results) {
        expect(r.status).toBeLessThan(500);
        statuses.add(`${r.status} ${errorCode(r.body) ?? ''}`.trim());
        if (r.status >= 400) expect(['NoSuchUpload', 'InvalidPart']).toContain(errorCode(r.body));
      }
      const [done] = results;
      if (done?.status !== 200) continue;
      const got = await signedRequest(ts, { key });
      expect(got.body.length).toBe(3 * PART);
      const md5s = [0, 1, 2].map((i) =>
        createHash('md5')
          .update(got.body.subarray(i * PART, (i + 1) * PART))
          .digest(),
      );
      expect(String(got.headers.etag)).toBe(multipartEtag(md5s));
      expect(String(got.headers.etag)).toBe(
        /<ETag>([^<]+)</.exec(done.body.toString())?.[1]?.replace(/&quot;/g, '"'),
      );
    }
    // the server still answers, and the races did happen both ways at least once across the rounds
    expect((await signedRequest(ts, { key: 'readme.txt' })).status).toBe(200);
    expect([...statuses].some((s) => s.startsWith('200'))).toBe(true);
  });
});
