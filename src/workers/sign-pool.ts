// A pool of signing workers, and (for export) one listing worker that only fetches listing pages. Jobs go
// to the least busy signer; results come back per call. Credentials travel to workers in memory only
// (postMessage), never to storage. Page bytes and listing answers are transferred, not copied.
import { OssError } from '../core/errors';
import type {
  EncodedUrlListPage,
  ListedPageBody,
  ListedPageJob,
  ListJob,
  SignJob,
  SignJobResult,
  UrlListJob,
  WorkerJob,
  WorkerReply,
} from './sign-protocol';

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; worker: number };

export interface SignPool {
  /** signing workers */
  readonly size: number;
  sign(job: Omit<SignJob, 'id'>): Promise<SignJobResult>;
  /** export: one page of entries signed and formatted by a worker */
  signUrlList(job: Omit<UrlListJob, 'id' | 'kind'>): Promise<EncodedUrlListPage>;
  /** export: one listing page fetched by the listing worker (never busy signing) */
  listPage(job: Omit<ListJob, 'id' | 'kind'>): Promise<ListedPageBody>;
  /** export: a fetched listing page parsed, signed and formatted by a signing worker */
  signListedPage(job: Omit<ListedPageJob, 'id' | 'kind'>): Promise<EncodedUrlListPage>;
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
  // index `size` is the listing worker, spawned on first use
  const workers: Array<Worker | undefined> = Array.from({ length: size }, makeWorker);
  const load = workers.map(() => 0);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const listen = (worker: Worker, index: number): void => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
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
  };
  workers.forEach((w, i) => listen(w!, i));
  function post(job: WorkerJob, target: number, transfer: Transferable[] = []): Promise<WorkerReply> {
    load[target] = (load[target] ?? 0) + 1;
    return new Promise<WorkerReply>((resolve, reject) => {
      pending.set(job.id, { resolve, reject, worker: target });
      workers[target]!.postMessage(job, transfer);
    });
  }
  const leastBusy = (): number => {
    let target = 0;
    for (let i = 1; i < size; i++) if (load[i]! < load[target]!) target = i;
    return target;
  };
  const lister = (): number => {
    if (workers[size] === undefined) {
      workers[size] = makeWorker();
      load[size] = 0;
      listen(workers[size], size);
    }
    return size;
  };
  return {
    size,
    sign: async (job) => (await post({ ...job, id: nextId++ }, leastBusy())) as SignJobResult,
    signUrlList: async (job) =>
      ((await post({ ...job, kind: 'url-list', id: nextId++ }, leastBusy())) as { page: EncodedUrlListPage })
        .page,
    listPage: async (job) =>
      ((await post({ ...job, kind: 'list', id: nextId++ }, lister())) as { listed: ListedPageBody }).listed,
    signListedPage: async (job) =>
      (
        (await post({ ...job, kind: 'listed-page', id: nextId++ }, leastBusy(), [
          job.xml.buffer as ArrayBuffer,
        ])) as { page: EncodedUrlListPage }
      ).page,
    terminate() {
      for (const w of workers) w?.terminate();
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
