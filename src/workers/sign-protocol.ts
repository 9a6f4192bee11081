// Messages between the page and signing workers. Plain data only (structured clone).
import type { SessionOptions, SigningCredentials } from '../core/presign';
import type { PresignTemplate } from '../core/presign';
import type { ListObjectsRequest } from '../core/url-list/list-objects-request';
import type { SignedUrlListPage, UrlListEntry, UrlListPageSpec } from '../core/url-list/sign-url-list-page';

export interface SignJob {
  id: number;
  kind?: 'urls';
  credentials: SigningCredentials;
  session: SessionOptions;
  template: PresignTemplate;
  keys: string[];
}

export interface SignJobResult {
  id: number;
  /** one URL per key, in order, joined by "\n" ('' for a key that failed): one string clones much faster than many */
  urls: string;
  /** the URLs' own expiry (same for the whole job), ms */
  expiresAt: number;
  /** keys that could not be signed, by index, with the reason */
  failures: Array<{ index: number; message: string }>;
}

export interface SignJobError {
  id: number;
  error: string;
  /** the failure was an OSS answer (or none): enough to rebuild the OssError for retry decisions */
  oss?: { code: string; status: number; requestId?: string | undefined };
}

export type SignWorkerReply = SignJobResult | SignJobError;

/** Export: sign a page of entries and answer with its finished text (CSV/plain/JSONL) and figures. */
export interface UrlListJob {
  id: number;
  kind: 'url-list';
  credentials: SigningCredentials;
  session: SessionOptions;
  template: PresignTemplate;
  /** each key gets its own attachment file name (compiled once, see PerKeyParams) */
  perKeyFilename: boolean;
  entries: UrlListEntry[];
  spec: UrlListPageSpec;
}
export interface UrlListJobResult {
  id: number;
  page: SignedUrlListPage;
}
/** Export: list one page in the worker, say where the next one starts, then sign and format it. */
export interface ListSignJob extends Omit<UrlListJob, 'kind' | 'entries'> {
  kind: 'list-sign';
  list: ListObjectsRequest;
  /** the last key already handed on: anything not after it is a repeat and is dropped */
  after?: string | undefined;
}
export interface ListedInfo {
  /** objects on the page (after dropping folder markers and repeats) */
  count: number;
  nextContinuationToken: string | undefined;
  lastKey: string | undefined;
}
/** The first of a list-sign job's two replies; the second is a UrlListJobResult. */
export interface ListedReply {
  id: number;
  listed: ListedInfo;
}
export type WorkerJob = SignJob | UrlListJob | ListSignJob;
export type WorkerReply = SignJobResult | UrlListJobResult | ListedReply | SignJobError;
