// The SDK side of the COS upload client (cos-upload-client.ts loads this module on first use). The SDK
// signs (with the temporary key from getAuthorization), builds the requests and reads COS's answers; its
// transport is fetch (the SDK's `Request` hook) so a request can be cancelled with an AbortSignal and
// tests in Node reach cos-local. One SDK instance per call or per multipart upload: a key COS calls dead is
// dropped with the instance that cached it, and cancelling one upload leaves the others running.
import COS from 'cos-js-sdk-v5';
import { abortReason } from '../async/abortable';
import { CREDENTIAL_ERROR_CODES, OssError } from '../core/errors';
import {
  MultipartInterrupted,
  type DonePart,
  type MultipartCheckpoint,
  type UploadClient,
} from '../upload/upload-client';
import { isBrokerError } from '../sts/broker-error';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import { cosApiOrigin } from './cos-client';
import type { CosUploadConnection } from './cos-upload-connection';
import { cosErrorFromSdk, fetchRequest } from './cos-sdk-transport';

/** Dead credentials or a lost upload id mid-upload: renew and go on (or start over) this many times. */
const RENEWALS = 3;

type Sdk = InstanceType<typeof COS>;

function copyCheckpoint(c: MultipartCheckpoint): MultipartCheckpoint {
  return {
    uploadId: c.uploadId,
    name: c.name,
    fileSize: c.fileSize,
    partSize: c.partSize,
    doneParts: c.doneParts.map((p) => ({ number: p.number, etag: p.etag })),
  };
}

function partCount(fileSize: number, partSize: number): number {
  return Math.max(1, Math.ceil(fileSize / partSize));
}

function doneBytes(c: MultipartCheckpoint): number {
  return c.doneParts.reduce(
    (sum, p) => sum + Math.max(0, Math.min(c.partSize, c.fileSize - (p.number - 1) * c.partSize)),
    0,
  );
}

/** Callback-style SDK method → promise. */
function sdkCall<R>(fn: (params: never, cb: never) => unknown, params: object): Promise<R> {
  const run = fn as unknown as (p: object, cb: (err: unknown, data: R) => void) => void;
  return new Promise<R>((resolve, reject) => {
    run(params, (err, data) => (err ? reject(err) : resolve(data)));
  });
}

export function createCosSdkUploadClient(connection: CosUploadConnection): UploadClient {
  const { bucket, credentials } = connection;
  const region = connection.endpoint.region;
  const origin = new URL(cosApiOrigin(connection));
  const fetchFn = connection.fetch ?? ((input, init) => globalThis.fetch(input, init));

  interface Session {
    sdk: Sdk;
    /** the access key id the SDK signed with last */
    keyId(): string | undefined;
    /** why getAuthorization could not answer (the broker's error), when it could not */
    authFailure(): unknown;
  }

  const open = (signal: AbortSignal | undefined): Session => {
    let keyId: string | undefined;
    let authFailure: unknown;
    const sdk = new COS({
      Domain: origin.host,
      Protocol: origin.protocol,
      Timeout: connection.timeoutMs ?? 60_000,
      SystemClockOffset: credentials.getSnapshot().clockOffsetMs,
      // the console retries (the queue); the SDK's own retry would sign with the same dead key
      ChunkRetryTimes: 0,
      Request: fetchRequest(fetchFn, signal),
      getAuthorization: (_options, callback) => {
        credentials.ensure(API_CALL_VALIDITY_SECONDS, signal).then(
          (c) => {
            keyId = c.accessKeyId;
            callback({
              TmpSecretId: c.accessKeyId,
              TmpSecretKey: c.accessKeySecret,
              SecurityToken: c.securityToken,
              StartTime: Math.floor(credentials.now() / 1000),
              ExpiredTime: Math.floor(c.expiresAt / 1000),
            });
          },
          (err: unknown) => {
            authFailure = err;
            // the SDK fails the request on a key it cannot use; the caller throws authFailure instead
            callback({ TmpSecretId: '', TmpSecretKey: '', StartTime: 0, ExpiredTime: 0 });
          },
        );
      },
    } as COS.COSOptions & { Request: unknown });
    return { sdk, keyId: () => keyId, authFailure: () => authFailure };
  };

  /** The failure as the console handles it: the signal's reason, the broker's error, or an OssError. */
  const failure = (err: unknown, session: Session, signal: AbortSignal | undefined): unknown => {
    if (signal?.aborted) return abortReason(signal);
    const auth = session.authFailure();
    if (auth !== undefined) return auth;
    if (isBrokerError(err)) return err;
    return cosErrorFromSdk(err);
  };

  /** One call, with one retry on fresh credentials when COS says the key is dead. */
  const call = async <T>(op: (sdk: Sdk) => Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      const session = open(signal);
      try {
        return await op(session.sdk);
      } catch (err) {
        const e = failure(err, session, signal);
        if (attempt === 0 && e instanceof OssError && CREDENTIAL_ERROR_CODES.has(e.code)) {
          await credentials.invalidate(session.keyId());
          continue;
        }
        throw e;
      }
    }
  };

  const params = (key: string) => ({ Bucket: bucket, Region: region, Key: key });

  return {
    bucket,
    async exists(key, o = {}) {
      try {
        await call((sdk) => sdkCall(sdk.headObject.bind(sdk), params(key)), o.signal);
        return true;
      } catch (err) {
        if (err instanceof OssError && err.status === 404) return false;
        throw err;
      }
    },
    async put(key, body, o) {
      await call(
        (sdk) => sdkCall(sdk.putObject.bind(sdk), { ...params(key), Body: body, ContentType: o.contentType }),
        o.signal,
      );
    },
    async multipart(key, body, o) {
      const parallel = Math.max(1, o.parallel ?? 3);
      const resumable =
        o.checkpoint &&
        o.checkpoint.name === key &&
        o.checkpoint.fileSize === body.size &&
        o.checkpoint.partSize > 0;
      let checkpoint: MultipartCheckpoint | undefined = resumable ? copyCheckpoint(o.checkpoint!) : undefined;
      const report = (c: MultipartCheckpoint) =>
        o.onProgress?.(c.fileSize === 0 ? 1 : Math.min(1, doneBytes(c) / c.fileSize), copyCheckpoint(c));

      for (let renewals = 0; ; renewals++) {
        o.signal?.throwIfAborted();
        const session = open(o.signal);
        const { sdk } = session;
        try {
          if (!checkpoint) {
            const init = await sdkCall<COS.MultipartInitResult>(sdk.multipartInit.bind(sdk), {
              ...params(key),
              ContentType: o.contentType,
            });
            checkpoint = {
              uploadId: init.UploadId,
              name: key,
              fileSize: body.size,
              partSize: o.partSize,
              doneParts: [],
            };
            report(checkpoint);
          }
          const cp = checkpoint;
          const done = new Set(cp.doneParts.map((p) => p.number));
          const missing: number[] = [];
          for (let n = 1; n <= partCount(cp.fileSize, cp.partSize); n++) if (!done.has(n)) missing.push(n);

          // `parallel` workers take the missing parts in order; after a failure none starts another part,
          // the ones in flight finish (and land in the checkpoint), then the first failure is thrown
          let firstError: unknown;
          let failed = false;
          const worker = async () => {
            for (;;) {
              if (failed || o.signal?.aborted) return;
              const n = missing.shift();
              if (n === undefined) return;
              try {
                const start = (n - 1) * cp.partSize;
                const part = await sdkCall<COS.MultipartUploadResult>(sdk.multipartUpload.bind(sdk), {
                  ...params(key),
                  UploadId: cp.uploadId,
                  PartNumber: n,
                  Body: body.slice(start, Math.min(start + cp.partSize, cp.fileSize)),
                });
                const parts: DonePart[] = [...cp.doneParts, { number: n, etag: part.ETag }];
                cp.doneParts = parts.sort((a, b) => a.number - b.number);
                report(cp);
              } catch (err) {
                if (!failed) firstError = err;
                failed = true;
                return;
              }
            }
          };
          await Promise.all(Array.from({ length: Math.min(parallel, missing.length) }, worker));
          if (failed) throw firstError;
          o.signal?.throwIfAborted();

          await sdkCall(sdk.multipartComplete.bind(sdk), {
            ...params(key),
            UploadId: cp.uploadId,
            Parts: cp.doneParts.map((p) => ({ PartNumber: p.number, ETag: p.etag })),
          });
          return;
        } catch (err) {
          const e = failure(err, session, o.signal);
          if (o.signal?.aborted) throw e;
          if (renewals < RENEWALS && e instanceof OssError && CREDENTIAL_ERROR_CODES.has(e.code)) {
            await credentials.invalidate(session.keyId());
            continue;
          }
          // the upload id is gone (aborted, or expired by a lifecycle rule): its parts are lost; start over
          if (renewals < RENEWALS && checkpoint && e instanceof OssError && e.code === 'NoSuchUpload') {
            checkpoint = undefined;
            continue;
          }
          if (!(e instanceof OssError)) throw e;
          throw new MultipartInterrupted(e, checkpoint && copyCheckpoint(checkpoint));
        }
      }
    },
    async abortMultipart(key, uploadId) {
      await call(
        (sdk) => sdkCall(sdk.multipartAbort.bind(sdk), { ...params(key), UploadId: uploadId }),
        undefined,
      );
    },
  };
}
