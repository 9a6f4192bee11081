import { describe, expect, it, vi } from 'vitest';
import { ossClientFailure } from '../core/errors';
import { MULTIPART_THRESHOLD_BYTES } from '../core/upload/upload-plan';
import {
  MultipartInterrupted,
  type MultipartCheckpoint,
  type MultipartOptions,
  type UploadClient,
} from './upload-client';
import { createCheckpointStore } from './checkpoint-store';
import { UploadQueue, type UploadBody } from './upload-queue';

const PART = 1024 * 1024;

/** An in-memory bucket with multipart uploads that can be cut after N parts. */
function fakeClient(existing: string[] = [], delayMs = 1) {
  const objects = new Set(existing);
  const partsSent: number[] = [];
  const aborted: string[] = [];
  let cutAfter: number | undefined;
  let nextUpload = 1;
  const client: UploadClient = {
    bucket: 'b',
    exists: async (key) => objects.has(key),
    put: async (key) => void objects.add(key),
    async multipart(key, body, o: MultipartOptions) {
      const cp: MultipartCheckpoint = o.checkpoint
        ? structuredClone(o.checkpoint)
        : {
            uploadId: `U${nextUpload++}`,
            name: key,
            fileSize: body.size,
            partSize: o.partSize,
            doneParts: [],
          };
      const total = Math.ceil(body.size / cp.partSize);
      o.onProgress?.(cp.doneParts.length / (total + 1), structuredClone(cp));
      for (let n = 1; n <= total; n++) {
        if (cp.doneParts.some((p) => p.number === n)) continue;
        o.signal?.throwIfAborted();
        if (cutAfter !== undefined && partsSent.length >= cutAfter) {
          throw new MultipartInterrupted(
            ossClientFailure('network', 'cut', { reason: 'reset' }),
            structuredClone(cp),
          );
        }
        await new Promise((r) => setTimeout(r, delayMs));
        partsSent.push(n);
        cp.doneParts.push({ number: n, etag: `"E${n}"` });
        o.onProgress?.(cp.doneParts.length / (total + 1), structuredClone(cp));
      }
      objects.add(key);
    },
    abortMultipart: async (key) => void aborted.push(key),
  };
  return { client, objects, partsSent, aborted, cut: (n: number | undefined) => (cutAfter = n) };
}

const file = (name: string, size: number, lastModified = 1): UploadBody =>
  Object.assign(new Blob([new Uint8Array(size)]), { name, lastModified });

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

async function settled(queue: UploadQueue) {
  await vi.waitFor(() => {
    const s = queue.getSnapshot();
    expect(s.items.every((i) => !['waiting', 'checking', 'uploading'].includes(i.state))).toBe(true);
  });
  return queue.getSnapshot();
}

const big = () => file('big.bin', MULTIPART_THRESHOLD_BYTES + 3 * PART);

describe('UploadQueue', () => {
  it('uploads files and a folder, small ones whole and big ones in parts, and reports each', async () => {
    const fake = fakeClient();
    const uploaded: string[] = [];
    const queue = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(undefined),
      onUploaded: (k) => uploaded.push(k),
    });
    queue.add('in/', [
      { body: file('a.txt', 3), relativePath: 'a.txt' },
      { body: big(), relativePath: '资料/big.bin' },
    ]);
    const s = await settled(queue);
    expect(s.items.map((i) => [i.key, i.state, i.multipart, i.loaded === i.size])).toEqual([
      ['in/a.txt', 'done', false, true],
      ['in/资料/big.bin', 'done', true, true],
    ]);
    expect(uploaded.sort()).toEqual(['in/a.txt', 'in/资料/big.bin']);
    expect(s.totals).toMatchObject({ files: 2, finished: 2, failed: 0, active: 0 });
    expect(s.totals.loaded).toBe(s.totals.bytes);
    expect(fake.partsSent).toHaveLength(8);
  });

  it('asks before overwriting, and does what the operator chose', async () => {
    const fake = fakeClient(['a.txt', 'b.txt', 'c.txt', 'c (1).txt']);
    const queue = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(undefined),
    });
    queue.add(
      '',
      ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((n) => ({ body: file(n, 1), relativePath: n })),
    );
    let s = await settled(queue);
    expect(s.items.map((i) => i.state)).toEqual(['conflict', 'conflict', 'conflict', 'done']);
    expect(s.conflict?.key).toBe('a.txt');
    queue.resolveConflict(s.conflict!.id, 'skip');
    queue.resolveConflict(s.items[1]!.id, 'overwrite');
    queue.resolveConflict(s.items[2]!.id, 'keep-both');
    s = await settled(queue);
    expect(s.items.map((i) => [i.key, i.state])).toEqual([
      ['a.txt', 'skipped'],
      ['b.txt', 'done'],
      ['c (2).txt', 'done'],
      ['d.txt', 'done'],
    ]);
    expect(s.conflict).toBeUndefined();
  });

  it('applies one choice to every remaining conflict when asked', async () => {
    const fake = fakeClient(['a', 'b', 'c']);
    const queue = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(undefined),
    });
    queue.add(
      '',
      ['a', 'b'].map((n) => ({ body: file(n, 1), relativePath: n })),
    );
    const s = await settled(queue);
    queue.resolveConflict(s.conflict!.id, 'keep-both', true);
    queue.add('', [{ body: file('c', 1), relativePath: 'c' }]);
    expect((await settled(queue)).items.map((i) => [i.key, i.state])).toEqual([
      ['a (1)', 'done'],
      ['b (1)', 'done'],
      ['c (1)', 'done'],
    ]);
  });

  it('resumes a cut multipart upload from its checkpoint, sending only the missing parts', async () => {
    const fake = fakeClient();
    const checkpoints = createCheckpointStore(undefined);
    const queue = new UploadQueue({ client: fake.client, scope: 's', checkpoints });
    fake.cut(3);
    queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
    let s = await settled(queue);
    expect(s.items[0]).toMatchObject({ state: 'interrupted', loaded: 3 * PART });
    expect(checkpoints.find('s', 'big.bin')?.checkpoint.doneParts).toHaveLength(3);
    expect(s.totals.failed).toBe(1);
    fake.cut(undefined);
    queue.resume(s.items[0]!.id);
    s = await settled(queue);
    expect(s.items[0]!.state).toBe('done');
    expect(fake.partsSent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(checkpoints.find('s', 'big.bin')).toBeUndefined();
  });

  it('after a reload, resumes with the same file only, or discards the upload', async () => {
    const fake = fakeClient();
    const storage = memoryStorage();
    const first = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(storage),
    });
    fake.cut(2);
    first.add('in/', [{ body: big(), relativePath: 'big.bin' }]);
    await settled(first);
    fake.cut(undefined);

    const second = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(storage),
    });
    expect(second.getSnapshot().stored.map((e) => [e.key, e.checkpoint.doneParts.length])).toEqual([
      ['in/big.bin', 2],
    ]);
    expect(second.resumeStored('in/big.bin', file('big.bin', big().size, 999))).toBe(false);
    expect(second.resumeStored('in/big.bin', big())).toBe(true);
    const s = await settled(second);
    expect(s.items.map((i) => [i.key, i.state])).toEqual([['in/big.bin', 'done']]);
    expect(fake.partsSent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.stored).toEqual([]);

    fake.cut(1);
    second.add('', [{ body: file('other.bin', MULTIPART_THRESHOLD_BYTES), relativePath: 'other.bin' }]);
    await settled(second);
    const third = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(storage),
    });
    await third.discardStored('other.bin');
    expect(third.getSnapshot().stored).toEqual([]);
    expect(fake.aborted).toEqual(['other.bin']);
  });

  it('dropping the same file again picks up its unfinished upload without asking', async () => {
    const fake = fakeClient();
    const storage = memoryStorage();
    const first = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(storage),
    });
    fake.cut(4);
    first.add('', [{ body: big(), relativePath: 'big.bin' }]);
    await settled(first);
    fake.cut(undefined);
    fake.objects.add('big.bin'); // would otherwise be a conflict
    const second = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(storage),
    });
    second.add('', [{ body: big(), relativePath: 'big.bin' }]);
    expect((await settled(second)).items[0]!.state).toBe('done');
    expect(fake.partsSent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('cancel stops an upload and deletes its parts', async () => {
    const fake = fakeClient([], 40);
    const checkpoints = createCheckpointStore(undefined);
    const queue = new UploadQueue({ client: fake.client, scope: 's', checkpoints });
    queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
    await vi.waitFor(() => expect(fake.partsSent.length).toBeGreaterThan(1));
    queue.cancelAll();
    const s = await settled(queue);
    expect(s.items[0]!.state).toBe('canceled');
    expect(fake.partsSent.length).toBeLessThan(8);
    expect(fake.aborted).toEqual(['big.bin']);
    expect(checkpoints.find('s', 'big.bin')).toBeUndefined();
    expect(fake.objects.has('big.bin')).toBe(false);
  });

  it('stop() interrupts uploads in flight but keeps them resumable', async () => {
    const fake = fakeClient([], 20);
    const checkpoints = createCheckpointStore(undefined);
    const queue = new UploadQueue({ client: fake.client, scope: 's', checkpoints });
    queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
    await vi.waitFor(() => expect(fake.partsSent.length).toBeGreaterThan(1));
    queue.stop();
    let s = await settled(queue);
    expect(s.items[0]!.state).toBe('interrupted');
    expect(fake.aborted).toEqual([]);
    expect(checkpoints.find('s', 'big.bin')).toBeDefined();
    queue.resume(s.items[0]!.id);
    s = await settled(queue);
    expect(s.items[0]!.state).toBe('done');
    expect(new Set(fake.partsSent).size).toBe(8);
  });

  it('reports a key OSS cannot hold per file, and never retries it', async () => {
    const fake = fakeClient();
    const queue = new UploadQueue({
      client: fake.client,
      scope: 's',
      checkpoints: createCheckpointStore(undefined),
    });
    queue.add('', [
      { body: file('x', 1), relativePath: `${'长'.repeat(400)}.txt` },
      { body: file('ok', 1), relativePath: 'ok.txt' },
    ]);
    const s = await settled(queue);
    expect(s.items.map((i) => i.state)).toEqual(['failed', 'done']);
    expect(String(s.items[0]!.error)).toMatch(/bytes long/);
    queue.resume(s.items[0]!.id);
    expect(queue.getSnapshot().items[0]!.state).toBe('failed');
  });

  describe('after a cut network', () => {
    /** A browser whose online state the test switches, and timers the test fires. */
    function world(online = true) {
      const listeners = new Set<() => void>();
      const timers: Array<{ fn: () => void; ms: number }> = [];
      return {
        connectivity: {
          isOnline: () => online,
          onOnline: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
        },
        timer: {
          set: (fn: () => void, ms: number) => timers.push({ fn, ms }),
          clear: (h: unknown) => void (timers[(h as number) - 1] = { fn: () => undefined, ms: -1 }),
        },
        timers,
        goOnline() {
          online = true;
          for (const l of [...listeners]) l();
        },
        goOffline() {
          online = false;
        },
        fireTimers() {
          for (const t of timers.splice(0)) t.fn();
        },
      };
    }

    it('resumes by itself once the browser is back online and the backoff has passed', async () => {
      const fake = fakeClient();
      const w = world(false);
      const queue = new UploadQueue({
        client: fake.client,
        scope: 's',
        checkpoints: createCheckpointStore(undefined),
        connectivity: w.connectivity,
        timer: w.timer,
        autoResumeDelaysMs: [1000, 5000],
      });
      fake.cut(3);
      queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
      expect((await settled(queue)).items[0]!.state).toBe('interrupted');
      expect(w.timers).toEqual([]); // offline: nothing scheduled until the network is back
      fake.cut(undefined);
      w.goOnline();
      expect(w.timers.map((t) => t.ms)).toEqual([1000]);
      w.fireTimers();
      const s = await settled(queue);
      expect(s.items[0]!.state).toBe('done');
      expect(fake.partsSent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('backs off, then leaves it to Resume', async () => {
      const fake = fakeClient();
      const w = world(true);
      const queue = new UploadQueue({
        client: fake.client,
        scope: 's',
        checkpoints: createCheckpointStore(undefined),
        connectivity: w.connectivity,
        timer: w.timer,
        autoResumeDelaysMs: [1000, 5000],
      });
      fake.cut(0); // every attempt is cut at once
      queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
      await settled(queue);
      expect(w.timers.map((t) => t.ms)).toEqual([1000]);
      w.fireTimers();
      await settled(queue);
      expect(w.timers.map((t) => t.ms)).toEqual([5000]);
      w.fireTimers();
      const s = await settled(queue);
      expect(s.items[0]!.state).toBe('interrupted');
      expect(w.timers).toEqual([]); // the delays are spent: Resume is the operator's
      fake.cut(undefined);
      queue.resume(s.items[0]!.id);
      expect((await settled(queue)).items[0]!.state).toBe('done');
    });

    it('names the cause the diagnosis finds', async () => {
      const fake = fakeClient();
      const queue = new UploadQueue({
        client: fake.client,
        scope: 's',
        checkpoints: createCheckpointStore(undefined),
        diagnose: async () => ossClientFailure('network', 'offline', { reason: 'diagnosed' }),
      });
      fake.cut(1);
      queue.add('', [{ body: big(), relativePath: 'big.bin' }]);
      const s = await settled(queue);
      expect(s.items[0]!.error).toMatchObject({ details: { reason: 'diagnosed' } });
    });
  });
});
