// A pool of signing workers. Jobs go to the least busy worker; results come back in job order
// per call. Credentials travel to workers in memory only (postMessage), never to storage.
import type { SignJob, SignJobResult, SignWorkerReply } from './sign-protocol';

type Pending = { resolve: (r: SignJobResult) => void; reject: (e: Error) => void };

export interface SignPool {
  readonly size: number;
  sign(job: Omit<SignJob, 'id'>): Promise<SignJobResult>;
  terminate(): void;
}

export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores));
}

export function createSignPool(
  size = defaultPoolSize(),
  makeWorker: () => Worker = spawnSignWorker,
): SignPool {
  const workers = Array.from({ length: size }, makeWorker);
  const load = workers.map(() => 0);
  const pending = new Map<number, Pending & { worker: number }>();
  let nextId = 1;
  workers.forEach((worker, index) => {
    worker.onmessage = (event: MessageEvent<SignWorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      pending.delete(reply.id);
      load[index]!--;
      if ('error' in reply) entry.reject(new Error(reply.error));
      else entry.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, entry] of pending) {
        if (entry.worker === index) {
          pending.delete(id);
          load[index]!--;
          entry.reject(new Error(`A signing worker failed: ${event.message}`));
        }
      }
    };
  });
  return {
    size,
    sign(job) {
      const id = nextId++;
      let target = 0;
      for (let i = 1; i < load.length; i++) if (load[i]! < load[target]!) target = i;
      load[target]!++;
      return new Promise<SignJobResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: target });
        workers[target]!.postMessage({ ...job, id } satisfies SignJob);
      });
    },
    terminate() {
      for (const w of workers) w.terminate();
      for (const entry of pending.values()) entry.reject(new Error('The signing pool was stopped.'));
      pending.clear();
    },
  };
}

function spawnSignWorker(): Worker {
  return new Worker(new URL('./sign-worker.ts', import.meta.url), { type: 'module', name: 'oss-sign' });
}
