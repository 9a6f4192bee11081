// The COS upload client (cos-js-sdk-v5 over the console's fetch transport) against cos-local and the
// broker's local-mode COS keys: PutObject and HEAD, a 12 MB multipart upload in 5 MB parts, a cut upload
// resumed from its checkpoint (only the missing parts sent), a key that dies mid-upload renewed, abort.
// Objects are read back from cos-local's store byte for byte.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BUCKET,
  REGION,
  ROOT,
  sdkError,
  sdkFor,
  startTestCos,
  type TestCos,
} from '../../server/cos-local/test-fixtures';
import { OssError } from '../core/errors';
import { loopbackFetch } from '../oss/local-stack.test-kit';
import { MultipartInterrupted, type MultipartCheckpoint } from '../upload/upload-client';
import { cosCredentials, cosEndpoint } from './cos-local.test-kit';
import { createCosUploadClient } from './cos-upload-client';

const STACK_KEY = 'cos-upload-client-test-stack-key-01';
const MB = 1024 * 1024;
const PART = 5 * MB;
let cos: TestCos;

/** Requests the client sent, as `METHOD path?query` */
let sent: string[] = [];

/** loopbackFetch (bodies included), noting each request in `sent`. */
const bodyFetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(String(input));
  sent.push(`${init.method ?? 'GET'} ${url.pathname}${url.search}`);
  return loopbackFetch(input, init);
}) as typeof fetch;

beforeAll(async () => {
  // cos-js-sdk-v5 prints a tip and two warnings per client in Node ("use cos-nodejs-sdk-v5"): expected here
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  cos = await startTestCos({ stackKey: STACK_KEY, rootAccount: ROOT });
});
afterAll(async () => {
  await cos.close();
  vi.restoreAllMocks();
});
afterEach(() => {
  cos.server.faults.reset();
});

function uploader() {
  const { credentials, brokerCalls } = cosCredentials(cos, STACK_KEY, { upload: true });
  const client = createCosUploadClient({
    bucket: BUCKET,
    endpoint: cosEndpoint(cos),
    secure: false,
    credentials,
    fetch: bodyFetch,
  });
  return { client, brokerCalls, credentials };
}

const stored = (key: string) => cos.server.store.bucket(BUCKET)?.readAll(key);
/** what is stored under `key`, as its length and SHA-256 (toEqual on a 12 MB Buffer compares byte by byte, for minutes) */
const storedDigest = async (key: string) => digest(await stored(key));
const digest = (b: Buffer | Uint8Array | undefined) =>
  b === undefined ? undefined : `${b.length}:${createHash('sha256').update(b).digest('hex')}`;
const blob = (bytes: Buffer) => new Blob([new Uint8Array(bytes)]);
const partsSent = () =>
  sent
    .filter((r) => r.startsWith('PUT ') && r.includes('partNumber='))
    .map((r) => Number(/partNumber=(\d+)/.exec(r)![1]));

describe('COS upload client', () => {
  it('puts a small file with its Content-Type and finds it with HEAD', async () => {
    const { client } = uploader();
    const bytes = Buffer.from('hello 中文');
    expect(await client.exists('up/small.txt')).toBe(false);
    await client.put('up/small.txt', blob(bytes), { contentType: 'text/plain; charset=utf-8' });
    expect(await client.exists('up/small.txt')).toBe(true);
    expect(await storedDigest('up/small.txt')).toBe(digest(bytes));
    const head = await sdkFor(cos).headObject({ Bucket: BUCKET, Region: REGION, Key: 'up/small.txt' });
    expect(head.headers?.['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('uploads 12 MB in 5 MB parts, reporting a checkpoint after init and every part', async () => {
    const { client } = uploader();
    const bytes = randomBytes(12 * MB + 7);
    const progress: [number, MultipartCheckpoint][] = [];
    sent = [];
    await client.multipart('up/big.bin', blob(bytes), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 2,
      onProgress: (f, c) => progress.push([f, c]),
    });
    expect(await storedDigest('up/big.bin')).toBe(digest(bytes));
    expect(partsSent().sort()).toEqual([1, 2, 3]);
    expect(progress).toHaveLength(4);
    expect(progress[0]![0]).toBe(0);
    expect(progress[0]![1]).toMatchObject({
      name: 'up/big.bin',
      fileSize: bytes.length,
      partSize: PART,
      doneParts: [],
    });
    expect(progress.at(-1)![0]).toBe(1);
    expect(progress.at(-1)![1].doneParts.map((p) => p.number)).toEqual([1, 2, 3]);
    // the checkpoint holds no secret
    expect(JSON.stringify(progress)).not.toMatch(/token|secret/i);
  });

  it('stops when the 2nd part fails and resumes from the checkpoint, sending only the missing parts', async () => {
    const { client } = uploader();
    const bytes = randomBytes(12 * MB + 7);
    cos.server.faults.set({ uploadPartFailAfter: 1 });
    sent = [];
    let cut: MultipartInterrupted | undefined;
    try {
      await client.multipart('up/cut.bin', blob(bytes), {
        contentType: 'application/octet-stream',
        partSize: PART,
        parallel: 1,
      });
    } catch (e) {
      cut = e as MultipartInterrupted;
    }
    expect(cut).toBeInstanceOf(MultipartInterrupted);
    expect(cut!.cause).toBeInstanceOf(OssError);
    expect(cut!.cause.status).toBe(503);
    expect(cut!.checkpoint?.doneParts.map((p) => p.number)).toEqual([1]);
    // part 1 landed; part 2 failed: cos-js-sdk-v5 itself retries a 5xx answer (at most 4 tries in all),
    // and part 3 was never sent
    const firstRun = partsSent();
    expect(firstRun[0]).toBe(1);
    expect(firstRun.slice(1).every((n) => n === 2)).toBe(true);
    expect(firstRun.length).toBeGreaterThanOrEqual(2);
    expect(firstRun.length).toBeLessThanOrEqual(5);
    expect(await stored('up/cut.bin')).toBeUndefined();

    cos.server.faults.reset();
    sent = [];
    const fractions: number[] = [];
    await client.multipart('up/cut.bin', blob(bytes), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 1,
      checkpoint: cut!.checkpoint,
      onProgress: (f) => fractions.push(f),
    });
    expect(partsSent()).toEqual([2, 3]);
    expect(sent.some((r) => r.includes('uploads'))).toBe(false); // no new upload initiated
    expect(fractions.at(-1)).toBe(1);
    expect(await storedDigest('up/cut.bin')).toBe(digest(bytes));
  });

  it('renews a key that dies mid-upload and goes on', async () => {
    const { client, brokerCalls } = uploader();
    const bytes = randomBytes(11 * MB);
    let killed = false;
    await client.multipart('up/renewed.bin', blob(bytes), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 1,
      onProgress: (_f, c) => {
        if (!killed && c.doneParts.length === 1) {
          killed = true;
          cos.server.faults.expireTokensNow();
        }
      },
    });
    expect(killed).toBe(true);
    expect(brokerCalls()).toBe(2);
    expect(await storedDigest('up/renewed.bin')).toBe(digest(bytes));
  });

  it('aborts an unfinished upload: its parts are dropped and a resume starts over', async () => {
    const { client } = uploader();
    const bytes = randomBytes(6 * MB);
    cos.server.faults.set({ uploadPartFailAfter: 1 });
    const cut = await client
      .multipart('up/aborted.bin', blob(bytes), {
        contentType: 'application/octet-stream',
        partSize: PART,
        parallel: 1,
      })
      .then(
        () => undefined,
        (e: unknown) => e as MultipartInterrupted,
      );
    expect(cut).toBeInstanceOf(MultipartInterrupted);
    const checkpoint = cut!.checkpoint!;
    cos.server.faults.reset();
    await client.abortMultipart('up/aborted.bin', checkpoint.uploadId);
    const listed = await sdkError(
      sdkFor(cos).multipartListPart({
        Bucket: BUCKET,
        Region: REGION,
        Key: 'up/aborted.bin',
        UploadId: checkpoint.uploadId,
      }),
    );
    expect(listed.code).toBe('NoSuchUpload');
    // resuming the aborted upload finds its id gone and starts a new one
    sent = [];
    await client.multipart('up/aborted.bin', blob(bytes), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 1,
      checkpoint,
    });
    expect(sent.filter((r) => r.startsWith('POST ') && r.includes('uploads'))).toHaveLength(1);
    expect(await storedDigest('up/aborted.bin')).toBe(digest(bytes));
  });

  it('stops at once when the signal aborts', async () => {
    const { client } = uploader();
    const controller = new AbortController();
    cos.server.faults.set({ uploadPartLatencyMs: 5_000 });
    const upload = client.multipart('up/cancelled.bin', blob(randomBytes(6 * MB)), {
      contentType: 'application/octet-stream',
      partSize: PART,
      signal: controller.signal,
      onProgress: () => setTimeout(() => controller.abort(), 50),
    });
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
    expect(await stored('up/cancelled.bin')).toBeUndefined();
  });
});
