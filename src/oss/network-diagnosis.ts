// A request that got no answer could be offline, a CORS refusal or an unreachable OSS; fetch reports them
// all as the same TypeError. The browser knows whether it is online; and a `no-cors` request to the same
// origin, which CORS never blocks, tells an OSS that answers (so CORS refused ours) from one that does not.
import { CLIENT_ERROR_CODES, OssError } from '../core/errors';

export interface DiagnosisEnvironment {
  isOnline(): boolean;
  fetch: typeof fetch;
}

const browserEnvironment = (): DiagnosisEnvironment => ({
  isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  fetch: (...args) => fetch(...args),
});

/** The same failure with its cause named, or `err` as it is when it is not a "no answer" failure. */
export async function diagnoseNetworkFailure(
  err: unknown,
  origin: string,
  env: DiagnosisEnvironment = browserEnvironment(),
): Promise<unknown> {
  if (!(err instanceof OssError) || err.code !== CLIENT_ERROR_CODES.network) return err;
  const named = (code: string, message: string) =>
    new OssError({ ...err, code, message, details: { ...err.details, diagnosed: 'true' } }, { cause: err });
  if (!env.isOnline()) return named(CLIENT_ERROR_CODES.offline, 'The browser is offline.');
  try {
    await env.fetch(`${origin}/`, {
      mode: 'no-cors',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      credentials: 'omit',
      signal: AbortSignal.timeout(10_000),
    });
    return named(CLIENT_ERROR_CODES.cors, 'OSS answers, but not to the console’s CORS request.');
  } catch {
    return named(CLIENT_ERROR_CODES.unreachable, 'OSS cannot be reached.');
  }
}
