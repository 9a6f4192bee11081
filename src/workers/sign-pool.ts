// A pool of signing workers, and (for export) one listing worker that only fetches listing pages. Jobs go
// to the least busy signer; results come back per call. Credentials travel to workers in memory only
// (postMessage), never to storage. Listing answers are transferred, not copied; signed pages come back as Blobs.
// A call given a signal rejects as soon as it aborts (the worker is told to drop the job: a listing fetch
// is cancelled). A worker that dies is replaced; its jobs that can be sent again are, once.
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

type Pending = {
  resolve: (r: WorkerReply) => void;
  reject: (e: unknown) => void;
  worker: number;
  /** the job again, when it carries no transferred buffer */
  resend: WorkerJob | undefined;
};

export interface SignPool {
  /** signing workers */
  readonly size: number;
  /** true once a worker answered; false when workers cannot run here (CSP, no module workers) */
  ready(): Promise<boolean>;
  sign(job: Omit<SignJob, 'id'>): Promise<SignJobResult>;
  /** export: one page of entries signed and formatted by a worker */
  signUrlList(job: Omit<UrlListJob, 'id' | 'kind'>, signal?: AbortSignal): Promise<EncodedUrlListPage>;
  /** export: one listing page fetched by the listing worker (never busy signing) */
  listPage(job: Omit<ListJob, 'id' | 'kind'>, signal?: AbortSignal): Promise<ListedPageBody>;
  /** export: a fetched listing page parsed, signed and formatted by a signing worker */
  signListedPage(job: Omit<ListedPageJob, 'id' | 'kind'>, signal?: AbortSignal): Promise<EncodedUrlListPage>;
  terminate(): void;
}

export class WorkerLostError extends Error {
  override readonly name = 'WorkerLostError';
}

export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores));
}

/** A worker that dies this often is not replaced again: the pool is broken and says so. */
const MAX_REPLACEMENTS = 3;

function abortReasonOf(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function createSignPool(
  size = defaultPoolSize(),
  makeWorker: () => Worker = spawnSignWorker,
): SignPool {
  // index `size` is the listing worker, spawned on first use
  const workers: Array<Worker | undefined> = [];
  const load: number[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let replacements = 0;
  let stopped = false;
  let answered = false;
  let readiness: Promise<boolean> | undefined;

  const settle = (id: number): Pending | undefined => {
    const entry = pending.get(id);
    if (!entry) return undefined;
    pending.delete(id);
    load[entry.worker]!--;
    return entry;
  };

  const spawn = (index: number): void => {
    const worker = makeWorker();
    workers[index] = worker;
    load[index] = 0;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      answered = true;
      const reply = event.data;
      const entry = settle(reply.id);
      if (!entry) return;
      if ('error' in reply)
        entry.reject(reply.oss ? toOssError(reply.error, reply.oss) : new Error(reply.error));
      else entry.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const lost = [...pending].filter(([, e]) => e.worker === index);
      worker.terminate();
      const replace = !stopped && answered && replacements < MAX_REPLACEMENTS;
      if (replace) {
        replacements += 1;
        spawn(index);
      } else workers[index] = undefined;
      for (const [id, entry] of lost) {
        settle(id);
        if (replace && entry.resend) {
          dispatch(entry.resend, index, [], entry);
          continue;
        }
        entry.reject(new WorkerLostError(`A signing worker stopped: ${event.message || 'no reason given'}.`));
      }
    };
  };
  for (let i = 0; i < size; i++) spawn(i);

  /** Sends `job` to worker `target` under `callbacks` (kept across a resend after a worker died). */
  function dispatch(
    job: WorkerJob,
    target: number,
    transfer: Transferable[],
    callbacks: Pick<Pending, 'resolve' | 'reject'>,
  ): void {
    const worker = workers[target];
    if (stopped) return callbacks.reject(new Error('The signing pool was stopped.'));
    if (!worker)
      return callbacks.reject(new WorkerLostError('The signing workers stopped and were not replaced.'));
    load[target] = (load[target] ?? 0) + 1;
    pending.set(job.id, { ...callbacks, worker: target, resend: transfer.length === 0 ? job : undefined });
    worker.postMessage(job, transfer);
  }

  function post(
    job: WorkerJob,
    target: number,
    transfer: Transferable[] = [],
    signal?: AbortSignal,
  ): Promise<WorkerReply> {
    if (signal?.aborted) return Promise.reject(abortReasonOf(signal));
    const promise = new Promise<WorkerReply>((resolve, reject) =>
      dispatch(job, target, transfer, { resolve, reject }),
    );
    if (signal) {
      const onAbort = (): void => {
        const entry = settle(job.id);
        if (!entry) return;
        workers[entry.worker]?.postMessage({ kind: 'cancel', id: job.id });
        entry.reject(abortReasonOf(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const off = (): void => signal.removeEventListener('abort', onAbort);
      promise.then(off, off);
    }
    return promise;
  }
  const leastBusy = (): number => {
    let target = 0;
    for (let i = 1; i < size; i++) if (load[i]! < load[target]!) target = i;
    return target;
  };
  const lister = (): number => {
    if (workers[size] === undefined) spawn(size);
    return size;
  };
  return {
    size,
    ready() {
      readiness ??= post({ kind: 'ping', id: nextId++ }, 0).then(
        () => true,
        () => false,
      );
      return readiness;
    },
    sign: async (job) => (await post({ ...job, id: nextId++ }, leastBusy())) as SignJobResult,
    signUrlList: async (job, signal) =>
      (
        (await post({ ...job, kind: 'url-list', id: nextId++ }, leastBusy(), [], signal)) as {
          page: EncodedUrlListPage;
        }
      ).page,
    listPage: async (job, signal) =>
      (
        (await post({ ...job, kind: 'list', id: nextId++ }, lister(), [], signal)) as {
          listed: ListedPageBody;
        }
      ).listed,
    signListedPage: async (job, signal) =>
      (
        (await post(
          { ...job, kind: 'listed-page', id: nextId++ },
          leastBusy(),
          [job.xml.buffer as ArrayBuffer],
          signal,
        )) as { page: EncodedUrlListPage }
      ).page,
    terminate() {
      stopped = true;
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
