// The SDK side of the upload client (upload-client.ts loads this module on first use): ali-oss instances,
// one per multipart upload so cancelling one (ali-oss's cancel() is per instance) leaves the others running.
import OSS from 'ali-oss';
import { OssError } from '../core/errors';
import { abortReason } from '../async/abortable';
import { renewOnCredentialError, sdkCaller, syncSdkClock } from './sdk-call';
import { hookSdkErrors, toOssError } from './sdk-errors';
import { sdkOptionsFor, type SdkConnection } from './sdk-options';
import { MultipartInterrupted, type MultipartCheckpoint, type UploadClient } from '../upload/upload-client';

/** Dead credentials mid-upload: renew and go on from the checkpoint this many times. */
const CREDENTIAL_RENEWALS = 3;

interface SdkCheckpoint extends MultipartCheckpoint {
  file: Blob;
}

function publicCheckpoint(c: SdkCheckpoint): MultipartCheckpoint {
  return {
    uploadId: c.uploadId,
    name: c.name,
    fileSize: c.fileSize,
    partSize: c.partSize,
    doneParts: c.doneParts.map((p) => ({ number: p.number, etag: p.etag })),
  };
}

export function createSdkUploadClient(connection: SdkConnection): UploadClient {
  const { credentials } = connection;
  const newSdk = () => {
    const sdk = new OSS(sdkOptionsFor(connection) as unknown as OSS.Options);
    hookSdkErrors(sdk);
    return sdk;
  };
  const shared = newSdk();
  const call = sdkCaller(shared, credentials);

  return {
    bucket: connection.bucket,
    async exists(key, o = {}) {
      try {
        await call(() => shared.head(key), o.signal);
        return true;
      } catch (err) {
        if (err instanceof OssError && err.status === 404) return false;
        throw err;
      }
    },
    async put(key, body, o) {
      await call(() => shared.put(key, body, { mime: o.contentType } as OSS.PutObjectOptions), o.signal);
    },
    async multipart(key, body, o) {
      const sdk = newSdk();
      let latest: SdkCheckpoint | undefined = o.checkpoint
        ? { ...publicCheckpoint({ ...o.checkpoint, file: body }), file: body }
        : undefined;
      const onAbort = () => sdk.cancel();
      o.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        for (let renewals = 0; ; renewals++) {
          o.signal?.throwIfAborted();
          syncSdkClock(sdk, credentials);
          try {
            await sdk.multipartUpload(key, body, {
              mime: o.contentType,
              partSize: o.partSize,
              parallel: o.parallel ?? 3,
              ...(latest ? { checkpoint: latest } : {}),
              progress: (fraction: number, checkpoint: SdkCheckpoint | undefined) => {
                if (!checkpoint) return;
                latest = checkpoint;
                o.onProgress?.(fraction, publicCheckpoint(checkpoint));
              },
            } as unknown as OSS.MultipartUploadOptions);
            return;
          } catch (err) {
            if (o.signal?.aborted || (err as { name?: unknown } | null)?.name === 'cancel') {
              throw o.signal ? abortReason(o.signal) : err;
            }
            if (renewals < CREDENTIAL_RENEWALS && (await renewOnCredentialError(err, sdk, credentials))) {
              continue;
            }
            // ali-oss's "abort" event: a part got 404, the upload id is gone (aborted, or expired by a
            // lifecycle rule). Its parts are lost; start over once rather than fail.
            if (renewals < CREDENTIAL_RENEWALS && latest && (err as { name?: unknown }).name === 'abort') {
              latest = undefined;
              continue;
            }
            throw new MultipartInterrupted(toOssError(err), latest && publicCheckpoint(latest));
          }
        }
      } finally {
        o.signal?.removeEventListener('abort', onAbort);
      }
    },
    async abortMultipart(key, uploadId) {
      await call(() => shared.abortMultipartUpload(key, uploadId), undefined);
    },
  };
}
