// Direct upload to a COS bucket with the broker's temporary key, through the official browser SDK
// (cos-js-sdk-v5): the same UploadClient as OSS's (HEAD for name conflicts, PutObject for small files,
// multipart with a checkpoint to resume from). The SDK is loaded the first time an upload needs it, never
// with the page: cos-sdk-upload-client.ts holds the SDK side.
import type { UploadClient } from '../upload/upload-client';
import type { CosUploadConnection } from './cos-upload-connection';

export function createCosUploadClient(connection: CosUploadConnection): UploadClient {
  let sdkClient: Promise<UploadClient> | undefined;
  const load = (): Promise<UploadClient> => {
    sdkClient ??= import('./cos-sdk-upload-client').then((m) => m.createCosSdkUploadClient(connection));
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
