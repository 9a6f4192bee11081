// Messages between the page and signing workers. Plain data only (structured clone).
import type { SessionOptions, SigningCredentials } from '../core/presign';
import type { PresignTemplate } from '../core/presign';
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
export type WorkerJob = SignJob | UrlListJob;
export type WorkerReply = SignJobResult | UrlListJobResult | SignJobError;
