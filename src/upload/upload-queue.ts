// Direct upload of picked or dropped files: a queue that HEADs each key first and asks before overwriting,
// uploads a few files at a time (big ones in parts), reports per-file and total progress, cancels, and
// resumes interrupted multipart uploads from their checkpoint — in this session or after a reload (the
// checkpoint is stored; the operator picks the same file again). Framework-free: React reads it through
// subscribe/getSnapshot.
import { CoreInputError } from '../core/errors/core-input-error';
import { guessContentType } from '../core/link/content-kind';
import { keepBothCandidates, partSizeFor, planUploads } from '../core/upload/upload-plan';
import { isAbortError } from '../async/abortable';
import { isTransientOssError, OssError } from '../core/errors';
import { MultipartInterrupted, type MultipartCheckpoint, type UploadClient } from './upload-client';
import { sameFile, type CheckpointStore, type FileIdentity, type StoredUpload } from './checkpoint-store';
import { buildSnapshot, FINISHED, type UploadItem, type UploadQueueSnapshot } from './upload-snapshot';

export type { UploadItem, UploadQueueSnapshot, UploadState } from './upload-snapshot';
export type ConflictChoice = 'skip' | 'overwrite' | 'keep-both';
export type UploadBody = Blob & FileIdentity;

export interface UploadQueueOptions {
  client: UploadClient;
  /** names this bucket's checkpoints (API origin and bucket) */
  scope: string;
  checkpoints: CheckpointStore;
  /** files in flight at once */
  concurrency?: number;
  /** parts in flight per multipart upload */
  parallelParts?: number;
  onUploaded?(key: string): void;
  /**
   * Whether the browser is online, and a way to hear when it is back: an upload cut by the network
   * resumes by itself when it is (and after a backoff), as its text promises. Manual Resume stays.
   */
  connectivity?: Connectivity;
  /** waits before each automatic resume; after the last one the upload waits for Resume */
  autoResumeDelaysMs?: readonly number[];
  timer?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  /** names the cause of a "no answer" failure (offline, CORS, unreachable): src/oss/network-diagnosis.ts */
  diagnose?(err: unknown): Promise<unknown>;
}

export interface Connectivity {
  isOnline(): boolean;
  /** calls `listener` when the browser comes back online; returns the unsubscribe */
  onOnline(listener: () => void): () => void;
}

const settled = (job: Job): boolean => job.item.state === 'canceled' || job.item.state === 'interrupted';

const DEFAULT_AUTO_RESUME_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

interface Job {
  item: UploadItem;
  body: UploadBody;
  decision: ConflictChoice | undefined;
  checkpoint: MultipartCheckpoint | undefined;
  controller: AbortController | undefined;
  /** automatic resumes since the last progress */
  autoResumes: number;
  /** the pending automatic resume (a timer or an online listener) */
  cancelAutoResume: (() => void) | undefined;
  /** stopped by the console (leaving the bucket): only the operator resumes it */
  held: boolean;
}

export class UploadQueue {
  readonly #o: Required<
    Omit<UploadQueueOptions, 'onUploaded' | 'connectivity' | 'diagnose' | 'timer' | 'autoResumeDelaysMs'>
  > &
    Pick<UploadQueueOptions, 'onUploaded' | 'connectivity' | 'diagnose'> & {
      autoResumeDelaysMs: readonly number[];
      timer: NonNullable<UploadQueueOptions['timer']>;
    };
  readonly #jobs: Job[] = [];
  readonly #listeners = new Set<() => void>();
  #nextId = 1;
  #running = 0;
  #applyToAll: ConflictChoice | undefined;
  #stored: readonly StoredUpload[] = [];
  #snapshot: UploadQueueSnapshot;

  constructor(options: UploadQueueOptions) {
    this.#o = {
      concurrency: 2,
      parallelParts: 3,
      autoResumeDelaysMs: DEFAULT_AUTO_RESUME_DELAYS_MS,
      timer: {
        set: (fn, ms) => setTimeout(fn, ms),
        clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      ...options,
    };
    this.#stored = this.#o.checkpoints.list(this.#o.scope);
    this.#snapshot = this.#build();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): UploadQueueSnapshot => this.#snapshot;

  /** Queues files under `prefix` ("relativePath" keeps a dropped folder's structure). */
  add(prefix: string, files: readonly { body: UploadBody; relativePath: string }[]): void {
    const plan = planUploads(
      prefix,
      files.map((f) => ({ relativePath: f.relativePath, size: f.body.size })),
    );
    for (const p of plan) {
      const { body, relativePath } = files[p.index]!;
      const stored = p.problem ? undefined : this.#o.checkpoints.find(this.#o.scope, p.key);
      const resume = stored && sameFile(stored.file, body) ? stored : undefined;
      this.#jobs.push({
        item: {
          id: this.#nextId++,
          relativePath,
          key: p.key,
          size: p.size,
          multipart: p.multipart,
          contentType: resume?.contentType ?? guessContentType(p.key, body.type || undefined),
          state: p.problem ? 'failed' : 'waiting',
          loaded: 0,
          ...(p.problem ? { error: p.problem } : {}),
        },
        body,
        // our own unfinished upload of this very file: go on with it, no overwrite question
        decision: resume ? 'overwrite' : undefined,
        checkpoint: resume?.checkpoint,
        controller: undefined,
        autoResumes: 0,
        cancelAutoResume: undefined,
        held: false,
      });
    }
    this.#changed();
    this.#pump();
  }

  resolveConflict(id: number, choice: ConflictChoice, applyToRest = false): void {
    if (applyToRest) this.#applyToAll = choice;
    for (const job of this.#jobs) {
      const asked = job.item.state === 'conflict';
      if (job.item.id === id || (applyToRest && asked)) {
        job.decision = choice;
        if (asked) this.#set(job, { state: 'waiting' });
      }
    }
    this.#pump();
  }

  /** Resumes an interrupted upload, or retries a failed one (not one whose key is invalid). */
  resume(id: number): void {
    const job = this.#job(id);
    const state = job?.item.state;
    if (
      !job ||
      !(state === 'interrupted' || (state === 'failed' && !(job.item.error instanceof CoreInputError)))
    ) {
      return;
    }
    this.#clearAutoResume(job);
    job.held = false;
    this.#set(job, { state: 'waiting', error: undefined });
    this.#pump();
  }

  resumeAll(): void {
    for (const job of this.#jobs) if (job.item.state === 'interrupted') this.resume(job.item.id);
  }

  cancel(id: number): void {
    const job = this.#job(id);
    if (!job || FINISHED.has(job.item.state)) return;
    this.#clearAutoResume(job);
    job.controller?.abort();
    this.#set(job, { state: 'canceled', error: undefined });
    this.#dropCheckpoint(job);
  }

  /**
   * Stops the uploads in flight without giving them up (leaving the bucket): they turn "interrupted",
   * their checkpoints stay, and Resume — or the same file picked again after a reload — goes on.
   */
  stop(): void {
    for (const job of this.#jobs) {
      this.#clearAutoResume(job);
      if (!job.controller) continue;
      job.held = true;
      job.controller.abort();
      this.#set(job, { state: 'interrupted' });
    }
  }

  cancelAll(): void {
    for (const job of this.#jobs) this.cancel(job.item.id);
  }

  /**
   * Resumes an earlier session's upload with the file the operator picked again. Returns false when the
   * file is not the one that upload started with (name, size, modification time).
   */
  resumeStored(key: string, body: UploadBody): boolean {
    const stored = this.#o.checkpoints.find(this.#o.scope, key);
    if (!stored || !sameFile(stored.file, body)) return false;
    this.add('', [{ body, relativePath: key }]);
    return true;
  }

  /** Gives up an earlier session's upload: its parts are deleted. */
  async discardStored(key: string): Promise<void> {
    const stored = this.#o.checkpoints.find(this.#o.scope, key);
    this.#o.checkpoints.remove(this.#o.scope, key);
    this.#stored = this.#o.checkpoints.list(this.#o.scope);
    this.#changed();
    if (stored) await this.#o.client.abortMultipart(key, stored.checkpoint.uploadId).catch(() => undefined);
  }

  clearFinished(): void {
    for (let i = this.#jobs.length - 1; i >= 0; i--) {
      if (FINISHED.has(this.#jobs[i]!.item.state)) this.#jobs.splice(i, 1);
    }
    this.#changed();
  }

  #job(id: number): Job | undefined {
    return this.#jobs.find((j) => j.item.id === id);
  }

  #pump(): void {
    while (this.#running < this.#o.concurrency) {
      const job = this.#jobs.find((j) => j.item.state === 'waiting');
      if (!job) return;
      this.#running++;
      this.#set(job, { state: 'checking' });
      void this.#run(job).finally(() => {
        this.#running--;
        this.#pump();
      });
    }
  }

  async #run(job: Job): Promise<void> {
    const controller = new AbortController();
    job.controller = controller;
    const { signal } = controller;
    const { client } = this.#o;
    try {
      if (job.decision === undefined && (await client.exists(job.item.key, { signal }))) {
        if (this.#applyToAll === undefined) {
          this.#set(job, { state: 'conflict' });
          return;
        }
        job.decision = this.#applyToAll;
      }
      if (job.decision === 'skip') {
        this.#set(job, { state: 'skipped' });
        return;
      }
      if (job.decision === 'keep-both') {
        job.decision = 'overwrite'; // the free name is ours now; a resume must not rename again
        this.#set(job, { key: await this.#freeKey(job.item.key, signal) });
      }
      signal.throwIfAborted();
      this.#set(job, { state: 'uploading' });
      await this.#upload(job, signal);
      if (signal.aborted) return; // cancelled as the last part landed: cancel() has cleaned up
      this.#o.checkpoints.remove(this.#o.scope, job.item.key);
      job.autoResumes = 0;
      this.#set(job, { state: 'done', loaded: job.item.size, error: undefined });
      this.#o.onUploaded?.(job.item.key);
    } catch (err) {
      if (job.item.state === 'canceled' || job.item.state === 'interrupted') return;
      if (signal.aborted && isAbortError(err)) return;
      const cause = err instanceof MultipartInterrupted ? err.cause : err;
      const named = this.#o.diagnose ? await this.#o.diagnose(cause).catch(() => cause) : cause;
      // cancelled or stopped while the cause was being named
      if (settled(job)) return;
      if (err instanceof MultipartInterrupted) {
        job.checkpoint = err.checkpoint ?? job.checkpoint;
        this.#set(job, { state: 'interrupted', error: named });
      } else {
        this.#set(job, { state: 'failed', error: named });
      }
      if (cause instanceof OssError && isTransientOssError(cause)) this.#scheduleAutoResume(job);
    } finally {
      job.controller = undefined;
    }
  }

  async #upload(job: Job, signal: AbortSignal): Promise<void> {
    const { item, body } = job;
    if (!item.multipart) {
      await this.#o.client.put(item.key, body, { contentType: item.contentType, signal });
      return;
    }
    await this.#o.client.multipart(item.key, body, {
      contentType: item.contentType,
      partSize: job.checkpoint?.partSize ?? partSizeFor(item.size),
      parallel: this.#o.parallelParts,
      checkpoint: job.checkpoint,
      signal,
      onProgress: (_fraction, checkpoint) => {
        if (signal.aborted) return;
        job.checkpoint = checkpoint;
        this.#o.checkpoints.save({
          scope: this.#o.scope,
          key: item.key,
          contentType: item.contentType,
          file: { name: body.name, size: body.size, lastModified: body.lastModified },
          checkpoint,
        });
        const { partSize, doneParts } = checkpoint;
        const loaded = doneParts.reduce(
          (n, p) => n + Math.min(partSize, item.size - (p.number - 1) * partSize),
          0,
        );
        this.#set(job, { loaded: Math.max(0, Math.min(item.size, loaded)) });
      },
    });
  }

  async #freeKey(key: string, signal: AbortSignal): Promise<string> {
    for (const candidate of keepBothCandidates(key)) {
      if (!(await this.#o.client.exists(candidate, { signal }))) return candidate;
    }
    throw new Error(`No free name found for "${key}" after 1000 tries.`);
  }

  /** After a network cut: resume when the browser is online again, after a growing wait; then Resume is manual. */
  #scheduleAutoResume(job: Job): void {
    const delays = this.#o.autoResumeDelaysMs;
    const connectivity = this.#o.connectivity;
    if (!connectivity || job.held || job.autoResumes >= delays.length) return;
    this.#clearAutoResume(job);
    const delay = delays[job.autoResumes]!;
    const fire = (): void => {
      job.cancelAutoResume = undefined;
      if (job.item.state !== 'interrupted' && job.item.state !== 'failed') return;
      if (!connectivity.isOnline()) return this.#scheduleAutoResume(job);
      job.autoResumes += 1;
      this.#set(job, { state: 'waiting' });
      this.#pump();
    };
    const wait = (): void => {
      const handle = this.#o.timer.set(fire, delay);
      job.cancelAutoResume = () => this.#o.timer.clear(handle);
    };
    if (connectivity.isOnline()) wait();
    else {
      const off = connectivity.onOnline(() => {
        off();
        wait();
      });
      job.cancelAutoResume = off;
    }
  }

  #clearAutoResume(job: Job): void {
    job.cancelAutoResume?.();
    job.cancelAutoResume = undefined;
  }

  #dropCheckpoint(job: Job): void {
    const checkpoint = job.checkpoint;
    job.checkpoint = undefined;
    this.#o.checkpoints.remove(this.#o.scope, job.item.key);
    if (checkpoint)
      void this.#o.client.abortMultipart(job.item.key, checkpoint.uploadId).catch(() => undefined);
  }

  #set(job: Job, patch: Partial<UploadItem>): void {
    job.item = { ...job.item, ...patch };
    this.#changed();
  }

  #changed(): void {
    this.#snapshot = this.#build();
    for (const listener of this.#listeners) listener();
  }

  #build(): UploadQueueSnapshot {
    return buildSnapshot(
      this.#jobs.map((j) => j.item),
      this.#stored,
    );
  }
}
