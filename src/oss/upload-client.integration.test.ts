// The upload client against the real local stack: PutObject, multipartUpload through a cut network with
// resume from the checkpoint (only the missing parts sent), dead credentials renewed mid-upload, abort,
// HEAD for name conflicts, and a read-only token refused. Objects are read back byte for byte.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OssError } from '../core/errors';
import { startLocalStack, type LocalStack } from './local-stack.test-kit';
import { MultipartInterrupted, type MultipartCheckpoint } from '../upload/upload-client';
import { createUploadClient } from './upload-client';

const PART = 100 * 1024;
let local: LocalStack;

beforeAll(async () => {
  local = await startLocalStack('upload-client-integration-stack-key-01');
});
afterAll(async () => local.close());

function uploader(upload = true) {
  const { credentials, brokerCalls } = local.credentials({ upload });
  const client = createUploadClient({
    bucket: 'examplebucket',
    endpoint: local.endpoint,
    secure: false,
    credentials,
    agents: local.sdkAgents,
  });
  return { client, brokerCalls };
}

async function stored(key: string): Promise<Buffer | undefined> {
  return local.oss.store.bucket('examplebucket')?.readAll(key);
}

// ali-oss's Node build takes Buffers where its browser build takes Blobs (that path runs in e2e)
const blob = (bytes: Buffer) => bytes as unknown as Blob;

describe('upload client', () => {
  it('puts a small file and finds it with HEAD', async () => {
    const { client } = uploader();
    const bytes = Buffer.from('hello 中文');
    expect(await client.exists('up/small.txt')).toBe(false);
    await client.put('up/small.txt', blob(bytes), { contentType: 'text/plain' });
    expect(await client.exists('up/small.txt')).toBe(true);
    expect(await stored('up/small.txt')).toEqual(bytes);
  });

  it('resumes a multipart upload cut mid-way, sending only the missing parts', async () => {
    const { client } = uploader();
    const bytes = randomBytes(8 * PART + 123);
    const checkpoints: MultipartCheckpoint[] = [];
    local.oss.faults.set({ uploadPartFailAfter: 3, uploadPartFailMode: 'reset' });
    let cut: MultipartInterrupted | undefined;
    try {
      await client.multipart('up/cut.bin', blob(bytes), {
        contentType: 'application/octet-stream',
        partSize: PART,
        parallel: 1,
        onProgress: (_f, c) => checkpoints.push(c),
      });
    } catch (e) {
      cut = e as MultipartInterrupted;
    } finally {
      local.oss.faults.reset();
    }
    expect(cut).toBeInstanceOf(MultipartInterrupted);
    expect(cut!.cause.code).toBe('NetworkError');
    expect(cut!.checkpoint?.doneParts.map((p) => p.number)).toEqual([1, 2, 3]);

    const sent: number[] = [];
    await client.multipart('up/cut.bin', blob(bytes), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 2,
      checkpoint: cut!.checkpoint,
      onProgress: (_f, c) => sent.push(...c.doneParts.map((p) => p.number)),
    });
    expect(new Set(sent).has(9)).toBe(true);
    expect(await stored('up/cut.bin')).toEqual(bytes);
  });

  it('renews dead credentials mid-upload and goes on from the checkpoint', async () => {
    const { client, brokerCalls } = uploader();
    const bytes = randomBytes(6 * PART);
    const before = brokerCalls();
    let parts = 0;
    try {
      await client.multipart('up/renew.bin', blob(bytes), {
        contentType: 'application/octet-stream',
        partSize: PART,
        parallel: 1,
        onProgress: (_f, c) => {
          parts = c.doneParts.length;
          if (parts !== 2) return;
          local.oss.faults.expireTokensNow();
          local.skewBroker(2000); // the renewed token is issued after the cut
        },
      });
    } finally {
      local.oss.faults.reset();
      local.skewBroker(0);
    }
    expect(brokerCalls() - before).toBeGreaterThanOrEqual(2);
    expect(await stored('up/renew.bin')).toEqual(bytes);
  });

  it('cancels on abort and drops an unfinished upload', async () => {
    const { client } = uploader();
    const controller = new AbortController();
    let checkpoint: MultipartCheckpoint | undefined;
    const upload = client.multipart('up/abort.bin', blob(randomBytes(5 * PART)), {
      contentType: 'application/octet-stream',
      partSize: PART,
      parallel: 1,
      signal: controller.signal,
      onProgress: (_f, c) => {
        checkpoint = c;
        if (c.doneParts.length === 1) controller.abort();
      },
    });
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
    await client.abortMultipart('up/abort.bin', checkpoint!.uploadId);
    expect(await stored('up/abort.bin')).toBeUndefined();
    await expect(
      client.multipart('up/abort.bin', blob(randomBytes(5 * PART)), {
        contentType: 'application/octet-stream',
        partSize: PART,
        checkpoint: { ...checkpoint!, doneParts: [] },
      }),
    ).resolves.toBeUndefined(); // the upload id is gone: it starts over rather than fail
  });

  it('a read-only token is refused with AccessDenied', async () => {
    const { client } = uploader(false);
    await expect(
      client.put('up/denied.txt', blob(Buffer.from('x')), { contentType: 'text/plain' }),
    ).rejects.toSatisfy((e: unknown) => e instanceof OssError && e.code === 'AccessDenied');
  });
});
