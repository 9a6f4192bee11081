// Messages between the page and signing workers. Plain data only (structured clone).
import type { SessionOptions, SigningCredentials } from '../core/presign';
import type { PresignTemplate } from '../core/presign';

export interface SignJob {
  id: number;
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
