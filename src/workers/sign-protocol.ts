// Messages between the page and signing workers. Plain data only (structured clone); byte buffers are
// transferred, not copied.
import type { CoreProblem } from '../core/errors/core-problem';
import type { SessionOptions, SigningCredentials } from '../core/presign';
import type { PresignTemplate } from '../core/presign';
import type { ExportFilter } from '../core/filter/export-filter';
import type { ListObjectsRequest } from '../core/listing/list-objects-request';
import type { CosListRequest } from '../core/cos/cos-list-request';
import type { CosPresignTemplate } from '../core/cos/cos-presign-types';
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
  /** one URL per key, in order, as UTF-8 joined by "\n" ('' for a key that failed); transferred, not copied */
  urls: Uint8Array;
  /** the URLs' own expiry (same for the whole job), ms */
  expiresAt: number;
  /** keys that could not be signed, by index, with the reason */
  failures: Array<{ index: number; message: string; problem: CoreProblem }>;
}

export interface SignJobError {
  id: number;
  error: string;
  /** the failure was an OSS answer (or none): enough to rebuild the OssError for retry decisions */
  oss?: { code: string; status: number; requestId?: string | undefined };
}

/**
 * A signed page as it reaches the file: its rows as UTF-8, written as they are — bytes where they were made
 * on the page's thread, a Blob from a worker (made there: the page's heap never holds a million rows' bytes,
 * whose garbage made the console's collections long tasks).
 */
export interface EncodedUrlListPage extends Omit<SignedUrlListPage, 'text'> {
  content: Uint8Array | Blob;
  /** UTF-8 bytes of `content` */
  byteLength: number;
  /** objects the page's filter kept (= listed without a filter); rows + failures = matched */
  matched: number;
}

/** An export's filter as a page job carries it: the patterns read keys relative to `prefix`. */
export interface PageFilter {
  filter: ExportFilter;
  prefix: string;
}

/** Whose core signs a page's links, and the template it compiles (written once for the whole export). */
export type PageTemplate =
  { cloud: 'oss'; template: PresignTemplate } | { cloud: 'cos'; template: CosPresignTemplate };

/** What every page job carries besides its objects. */
export interface PageJobBase {
  /** a COS key travels in OSS's field names (SecretId → accessKeyId, SecretKey → accessKeySecret, Token) */
  credentials: SigningCredentials;
  /** the broker's clock; `region` is OSS V4's (COS signs without it) */
  session: SessionOptions;
  link: PageTemplate;
  /** each key gets its own attachment file name (compiled once, see PerKeyParams) */
  perKeyFilename: boolean;
  spec: UrlListPageSpec;
  /** only the objects it keeps are signed; the others are counted as listed */
  filter?: PageFilter | undefined;
}

/** Export: sign a page of entries and answer with its finished bytes (CSV/plain/JSONL) and figures. */
export interface UrlListJob extends PageJobBase {
  id: number;
  kind: 'url-list';
  entries: UrlListEntry[];
}
/** Export: parse one listing answer (from the listing worker), then sign and format it. */
export interface ListedPageJob extends PageJobBase {
  id: number;
  kind: 'listed-page';
  /** the answer's body, UTF-8: ListObjectsV2 (OSS) or GET Bucket (COS), as `link.cloud` says */
  xml: Uint8Array;
  /** the last key already handed on: anything not after it is a repeat and is dropped */
  after?: string | undefined;
}
export interface PageJobResult {
  id: number;
  page: EncodedUrlListPage;
}

/** One listing request: OSS ListObjectsV2 (continuation token) or COS GET Bucket (marker). */
export type ListRequest =
  { cloud: 'oss'; request: ListObjectsRequest } | { cloud: 'cos'; request: CosListRequest };

/** Export: fetch one listing page (the listing worker); answer with the body and where the next starts. */
export interface ListJob {
  id: number;
  kind: 'list';
  credentials: SigningCredentials;
  session: SessionOptions;
  list: ListRequest;
}
export interface ListedPageBody {
  xml: Uint8Array;
  /** where the next page starts: OSS's continuation token, COS's next marker; undefined on the last */
  nextContinuationToken: string | undefined;
  /** the last key on the page (folder markers included), undefined when it has none */
  lastKey: string | undefined;
}
export interface ListJobResult {
  id: number;
  listed: ListedPageBody;
}

export type WorkerJob = SignJob | UrlListJob | ListedPageJob | ListJob | PingJob;
export type WorkerMessage = WorkerJob | CancelJob;
export type WorkerReply =
  SignJobResult | PageJobResult | ListJobResult | SignJobError | { id: number; pong: true };

/** The pool asks a worker to answer (readiness check). */
export interface PingJob {
  id: number;
  kind: 'ping';
}
/** The caller gave up on job `id`: a listing fetch is aborted; a signing job's answer is dropped anyway. */
export interface CancelJob {
  id: number;
  kind: 'cancel';
}
