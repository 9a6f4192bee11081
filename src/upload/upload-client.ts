// What an upload client does, whichever provider it uploads to: HEAD to find name conflicts, PutObject for
// small files, multipart with a checkpoint the caller can keep and resume from. OSS (src/oss/upload-client.ts)
// and COS (src/cos/cos-upload-client.ts) each implement it with their official SDK; the upload queue
// (upload-queue.ts) and the checkpoint store know only this.
import type { OssError } from '../core/errors';

export interface DonePart {
  number: number;
  etag: string;
}

/** What resuming a multipart upload needs besides the file itself. Holds no secret. */
export interface MultipartCheckpoint {
  uploadId: string;
  /** the object key */
  name: string;
  fileSize: number;
  partSize: number;
  doneParts: DonePart[];
}

export interface MultipartOptions {
  contentType: string;
  partSize: number;
  /** parts in flight at once, default 3 */
  parallel?: number;
  /** resume this upload instead of starting one */
  checkpoint?: MultipartCheckpoint | undefined;
  signal?: AbortSignal | undefined;
  /** after the upload is initiated and after every part: the fraction done and where to resume from */
  onProgress?(fraction: number, checkpoint: MultipartCheckpoint): void;
}

export interface UploadClient {
  readonly bucket: string;
  /** HEAD: whether `key` holds an object now */
  exists(key: string, options?: { signal?: AbortSignal }): Promise<boolean>;
  put(key: string, body: Blob, options: { contentType: string; signal?: AbortSignal }): Promise<void>;
  multipart(key: string, body: Blob, options: MultipartOptions): Promise<void>;
  /** drops an unfinished multipart upload and its parts */
  abortMultipart(key: string, uploadId: string): Promise<void>;
}

/** A multipart upload that stopped on an error; `checkpoint` resumes it. */
export class MultipartInterrupted extends Error {
  override readonly name = 'MultipartInterrupted';
  constructor(
    override readonly cause: OssError,
    readonly checkpoint: MultipartCheckpoint | undefined,
  ) {
    super(cause.message, { cause });
  }
}
