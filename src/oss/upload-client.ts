// Direct upload with STS credentials, through the official SDK (ali-oss): HEAD to find name conflicts,
// PutObject for small files, multipartUpload for big ones with a checkpoint the caller can keep and resume
// from (after a cut network, a reload, or dead credentials). The SDK (about 1.5 MB of source) is loaded
// the first time an upload needs it, never with the page: sdk-upload-client.ts holds the SDK side.
import type { UploadClient } from '../upload/upload-client';
import type { SdkConnection } from './sdk-options';

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
