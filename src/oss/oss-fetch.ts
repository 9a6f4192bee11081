// One request to OSS with fetch, as every console request is made: no Referer, no cache, a timeout on top
// of the caller's signal; no answer → OssError (network/timeout), an error answer → the parsed OssError.
import { ossClientFailure, ossErrorFromResponse } from '../core/errors';

export interface OssFetchOptions {
  method?: 'GET' | 'HEAD';
  signal?: AbortSignal | undefined;
  /** default 60 s */
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
}

export const DEFAULT_OSS_TIMEOUT_MS = 60_000;

/** The response when it is 2xx; its body is left to the caller. */
export async function ossFetch(url: string, o: OssFetchOptions = {}): Promise<Response> {
  const timeoutMs = o.timeoutMs ?? DEFAULT_OSS_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
  const f = o.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(url, {
      method: o.method ?? 'GET',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      credentials: 'omit',
      signal,
    });
  } catch (err) {
    // the caller's cancel stays a cancel (AbortError), not a network failure
    o.signal?.throwIfAborted();
    if (timeout.aborted) {
      throw ossClientFailure('timeout', `OSS did not answer within ${timeoutMs / 1000} s.`, {
        cause: err,
        reason: 'timeout',
      });
    }
    throw ossClientFailure('network', `The request to OSS got no answer: ${String(err)}`, { cause: err });
  }
  if (!res.ok) {
    let body = '';
    try {
      body = o.method === 'HEAD' ? '' : await res.text();
    } catch {
      // the error body was cut: the status and headers still say what happened
    }
    throw ossErrorFromResponse({ status: res.status, headers: res.headers, body });
  }
  return res;
}

/** The 2xx body as text; a body cut mid-way is a network failure like no answer at all. */
export async function ossText(res: Response, signal?: AbortSignal): Promise<string> {
  try {
    return await res.text();
  } catch (err) {
    signal?.throwIfAborted();
    throw ossClientFailure('network', `The answer from OSS was cut: ${String(err)}`, { cause: err });
  }
}
