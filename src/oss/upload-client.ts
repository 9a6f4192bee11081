// Direct upload with STS credentials, through the official SDK (ali-oss): HEAD to find name conflicts,
// PutObject for small files, multipartUpload for big ones with a checkpoint the caller can keep and resume
// from (after a cut network, a reload, or dead credentials). The SDK (about 1.5 MB of source) is loaded
// the first time an upload needs it, never with the page: sdk-upload-client.ts holds the SDK side.
import type { OssError } from '../core/errors';
import type { SdkConnection } from './sdk-options';

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

export function createUploadClient(connection: SdkConnection): UploadClient {
  let sdkClient: Promise<UploadClient> | undefined;
  const load = (): Promise<UploadClient> => {
    sdkClient ??= import('./sdk-upload-client').then((m) => m.createSdkUploadClient(connection));
    // a failed load (offline) may be tried again
    sdkClient.catch(() => (sdkClient = undefined));
    return sdkClient;
  };
  return {
    bucket: connection.bucket,
    exists: async (key, o) => (await load()).exists(key, o),
    put: async (key, body, o) => (await load()).put(key, body, o),
    multipart: async (key, body, o) => (await load()).multipart(key, body, o),
    abortMultipart: async (key, uploadId) => (await load()).abortMultipart(key, uploadId),
  };
}
