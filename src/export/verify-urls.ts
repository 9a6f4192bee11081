// Optional check before sharing: fetch the first byte of each sampled URL (Range: bytes=0-0) and report
// the ones OSS refuses, with its error code, so a broken list is caught before it leaves.
import { ossErrorFromResponse } from '../core/errors';

export interface VerifyFailure {
  key: string;
  url: string;
  status: number;
  /** OSS error code (AccessDenied, SecurityTokenExpired, ApkDownloadForbidden…) or NetworkError */
  code: string;
}

export interface VerifyResult {
  checked: number;
  failures: VerifyFailure[];
}

export interface VerifyOptions {
  fetch?: typeof fetch;
  concurrency?: number;
  signal?: AbortSignal | undefined;
  onChecked?(checked: number): void;
}

async function probe(f: typeof fetch, key: string, url: string, signal?: AbortSignal) {
  try {
    const res = await f(url, {
      headers: { Range: 'bytes=0-0' },
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      ...(signal ? { signal } : {}),
    });
    if (res.status === 200 || res.status === 206) {
      await res.body?.cancel();
      return undefined;
    }
    const error = ossErrorFromResponse({ status: res.status, headers: res.headers, body: await res.text() });
    return { key, url, status: res.status, code: error.code };
  } catch (err) {
    signal?.throwIfAborted();
    return { key, url, status: 0, code: 'NetworkError', message: String(err) };
  }
}

export async function verifyUrls(
  sample: ReadonlyArray<{ key: string; url: string }>,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const f = options.fetch ?? fetch.bind(globalThis);
  const failures: VerifyFailure[] = [];
  let next = 0;
  let checked = 0;
  const lane = async (): Promise<void> => {
    while (next < sample.length) {
      const item = sample[next++]!;
      const failure = await probe(f, item.key, item.url, options.signal);
      if (failure)
        failures.push({ key: failure.key, url: failure.url, status: failure.status, code: failure.code });
      checked += 1;
      options.onChecked?.(checked);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, sample.length) }, lane));
  return { checked, failures };
}
