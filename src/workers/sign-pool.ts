// A pool of signing workers. Jobs go to the least busy worker; results come back in job order
// per call. Credentials travel to workers in memory only (postMessage), never to storage.
import type { SignedUrlListPage } from '../core/url-list/sign-url-list-page';
import { OssError } from '../core/errors';
import type {
  ListedInfo,
  ListSignJob,
  SignJob,
  SignJobResult,
  UrlListJob,
  WorkerJob,
  WorkerReply,
} from './sign-protocol';

type Pending = {
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
  onListed?: ((info: ListedInfo) => void) | undefined;
};

export interface SignPool {
  readonly size: number;
  sign(job: Omit<SignJob, 'id'>): Promise<SignJobResult>;
  /** export: one page signed and formatted by a worker */
  signUrlList(job: Omit<UrlListJob, 'id' | 'kind'>): Promise<SignedUrlListPage>;
  /** export: one page listed by a worker (onListed when its next token is known), then signed there */
  listAndSign(
    job: Omit<ListSignJob, 'id' | 'kind'>,
    onListed: (info: ListedInfo) => void,
  ): Promise<SignedUrlListPage>;
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
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if ('listed' in reply) {
        entry.onListed?.(reply.listed);
        return;
      }
      pending.delete(reply.id);
      load[index]!--;
      if ('error' in reply)
        entry.reject(reply.oss ? toOssError(reply.error, reply.oss) : new Error(reply.error));
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
  function post(job: WorkerJob, onListed?: (info: ListedInfo) => void): Promise<WorkerReply> {
    let target = 0;
    for (let i = 1; i < load.length; i++) if (load[i]! < load[target]!) target = i;
    load[target]!++;
    return new Promise<WorkerReply>((resolve, reject) => {
      pending.set(job.id, { resolve, reject, worker: target, onListed });
      workers[target]!.postMessage(job);
    });
  }
  return {
    size,
    sign: async (job) => (await post({ ...job, id: nextId++ })) as SignJobResult,
    signUrlList: async (job) =>
      ((await post({ ...job, kind: 'url-list', id: nextId++ })) as { page: SignedUrlListPage }).page,
    listAndSign: async (job, onListed) =>
      ((await post({ ...job, kind: 'list-sign', id: nextId++ }, onListed)) as { page: SignedUrlListPage })
        .page,
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

function toOssError(message: string, o: { code: string; status: number; requestId?: string | undefined }) {
  return new OssError({ code: o.code, message, status: o.status, requestId: o.requestId, hostId: undefined });
}
