// The pool's promises to the export: a cancelled call rejects at once and tells the worker; a worker that
// dies is replaced and its re-sendable jobs go to the replacement; workers that never run say so.
import { describe, expect, it } from 'vitest';
import { createSignPool } from './sign-pool';
import type { WorkerMessage, WorkerReply } from './sign-protocol';

type Script = (job: WorkerMessage, worker: FakeWorker) => WorkerReply | undefined;

class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: WorkerMessage[] = [];
  terminated = false;
  constructor(private readonly script: Script) {}
  postMessage(job: WorkerMessage): void {
    this.received.push(job);
    const reply = this.script(job, this);
    if (reply) queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>));
  }
  die(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const list = {
  credentials: { accessKeyId: 'a', accessKeySecret: 's' },
  session: { now: 0, region: 'cn-local' },
  list: {
    cloud: 'oss' as const,
    request: { origin: 'http://b.localhost', bucket: 'b', prefix: '', maxKeys: 1000 },
  },
};
const body = { xml: new Uint8Array(0), nextContinuationToken: undefined, lastKey: undefined };

function pool(script: Script) {
  const workers: FakeWorker[] = [];
  const p = createSignPool(1, () => {
    const w = new FakeWorker(script);
    workers.push(w);
    return w as unknown as Worker;
  });
  return { p, workers };
}

describe('sign pool', () => {
  it('a cancelled listing call rejects at once with the abort reason and tells the worker to drop it', async () => {
    // the listing worker never answers: only the cancel can end the call
    const { p, workers } = pool((job) => (job.kind === 'ping' ? { id: job.id, pong: true } : undefined));
    const abort = new AbortController();
    const pending = p.listPage(list, abort.signal);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const lister = workers[1]!;
    expect(lister.received.map((m) => m.kind)).toEqual(['list', 'cancel']);
    expect(lister.received[1]).toEqual({ kind: 'cancel', id: lister.received[0]!.id });
    p.terminate();
  });

  it('replaces a worker that dies and sends it the jobs that can be sent again', async () => {
    let first = true;
    const { p, workers } = pool((job, worker) => {
      if (job.kind === 'ping') return { id: job.id, pong: true };
      if (job.kind === 'list' && first) {
        first = false;
        queueMicrotask(() => worker.die('out of memory'));
        return undefined;
      }
      return job.kind === 'list' ? { id: job.id, listed: body } : undefined;
    });
    expect(await p.ready()).toBe(true);
    await expect(p.listPage(list)).resolves.toEqual(body);
    expect(workers[1]!.terminated).toBe(true);
    expect(workers).toHaveLength(3); // signer, the dead lister, its replacement
    p.terminate();
  });

  it('ready() is false when the workers never run (blocked script): the export signs on the page', async () => {
    const { p, workers } = pool(() => undefined);
    const ready = p.ready();
    workers[0]!.die('Refused to load the script');
    expect(await ready).toBe(false);
    p.terminate();
  });
});
