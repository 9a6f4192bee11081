// One ali-oss call as the console makes it: signed with the broker's clock when ours is off, failures as
// OssError, and one retry with fresh credentials when OSS says the token is dead.
import { CREDENTIAL_ERROR_CODES } from '../core/errors';
import { abortable, isAbortError } from '../async/abortable';
import { isBrokerError } from '../sts/broker-error';
import type { CredentialsManager } from '../sts/credentials-manager';
import { toOssError } from './sdk-errors';

export interface SdkInternals {
  options: { accessKeyId: string; amendTimeSkewed?: number };
  request(params: Record<string, unknown>): Promise<{ data: unknown }>;
}

export type SdkCall = <T>(op: () => Promise<T>, signal: AbortSignal | undefined) => Promise<T>;

/** Copies the broker's clock offset onto the SDK (ali-oss adds amendTimeSkewed to x-oss-date). */
export function syncSdkClock(sdk: object, credentials: CredentialsManager): void {
  const offset = credentials.getSnapshot().clockOffsetMs;
  if (offset !== 0) (sdk as SdkInternals).options.amendTimeSkewed = offset;
}

/** Invalidates the credentials a dead-token error names; true when the caller should retry. */
export async function renewOnCredentialError(
  err: unknown,
  sdk: object,
  credentials: CredentialsManager,
): Promise<boolean> {
  const ossError = toOssError(err);
  if (!CREDENTIAL_ERROR_CODES.has(ossError.code)) return false;
  await credentials.invalidate(ossError.details.OSSAccessKeyId ?? (sdk as SdkInternals).options.accessKeyId);
  return true;
}

export function sdkCaller(sdk: object, credentials: CredentialsManager): SdkCall {
  return async function call<T>(op: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      syncSdkClock(sdk, credentials);
      try {
        return await abortable(op(), signal);
      } catch (err) {
        if ((signal?.aborted && isAbortError(err)) || isBrokerError(err)) throw err;
        if (attempt === 0 && (await renewOnCredentialError(err, sdk, credentials))) continue;
        throw toOssError(err);
      }
    }
  };
}
