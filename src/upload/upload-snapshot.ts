// What the upload queue shows: every file's state and progress, the totals, the first overwrite question.
import type { StoredUpload } from './checkpoint-store';

export type UploadState =
  | 'waiting'
  | 'checking'
  | 'conflict'
  | 'uploading'
  | 'done'
  | 'skipped'
  | 'failed'
  | 'interrupted'
  | 'canceled';

export interface UploadItem {
  id: number;
  relativePath: string;
  /** where the file goes; after "keep both", the free name found */
  key: string;
  size: number;
  multipart: boolean;
  contentType: string;
  state: UploadState;
  /** bytes stored so far */
  loaded: number;
  error?: unknown;
}

export interface UploadTotals {
  files: number;
  finished: number;
  /** failed, or interrupted and waiting for Resume */
  failed: number;
  /** bytes of the files not skipped or cancelled */
  bytes: number;
  loaded: number;
  /** files still waiting, checking, asking or uploading */
  active: number;
}

export interface UploadQueueSnapshot {
  items: readonly UploadItem[];
  /** unfinished multipart uploads of an earlier session, waiting for their file */
  stored: readonly StoredUpload[];
  /** the first upload waiting for an overwrite decision */
  conflict: UploadItem | undefined;
  totals: UploadTotals;
}

export const FINISHED: ReadonlySet<UploadState> = new Set(['done', 'skipped', 'failed', 'canceled']);

export function buildSnapshot(items: UploadItem[], stored: readonly StoredUpload[]): UploadQueueSnapshot {
  const inSession = new Set(items.map((i) => i.key));
  const counted = items.filter((i) => i.state !== 'skipped' && i.state !== 'canceled');
  return {
    items,
    stored: stored.filter((s) => !inSession.has(s.key)),
    conflict: items.find((i) => i.state === 'conflict'),
    totals: {
      files: items.length,
      finished: items.filter((i) => FINISHED.has(i.state)).length,
      failed: items.filter((i) => i.state === 'failed' || i.state === 'interrupted').length,
      bytes: counted.reduce((n, i) => n + i.size, 0),
      loaded: counted.reduce((n, i) => n + i.loaded, 0),
      active: items.filter((i) => !FINISHED.has(i.state) && i.state !== 'interrupted').length,
    },
  };
}
