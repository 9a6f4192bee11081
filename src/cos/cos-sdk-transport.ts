// cos-js-sdk-v5's transport as the console runs it, and its failures as OssError. The SDK sends through
// its `Request` option (opt → callback(response), returning something with abort()); fetchRequest answers
// it with fetch so a request stops when the caller's signal aborts (XHR in the SDK cannot be reached from
// outside) and Node tests can pass their own fetch. Imported only by cos-sdk-upload-client.ts.
import { OssError, ossClientFailure, ossErrorFromResponse } from '../core/errors';

/** What the SDK hands its Request function (see cos-js-sdk-v5 lib/request.js). */
export interface SdkRequestOptions {
  method?: string;
  url: string;
  qs?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  dataType?: string;
  timeout?: number;
}

export interface SdkResponse {
  error: unknown;
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string>;
  body?: unknown;
}

export type SdkRequest = (opt: SdkRequestOptions, callback: (r: SdkResponse) => void) => { abort(): void };

const DROPPED_HEADERS = new Set(['content-length', 'user-agent', 'origin', 'host']);

function primitive(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return '';
}

/** The URL with the SDK's query (its own encoding: encodeURIComponent, `k=` for an empty value). */
export function sdkRequestUrl(opt: Pick<SdkRequestOptions, 'url' | 'qs'>): string {
  if (!opt.qs) return opt.url;
  const query = Object.entries(opt.qs)
    .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x: unknown) => [k, x] as const) : [[k, v] as const]))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(primitive(v))}`)
    .join('&');
  if (!query) return opt.url;
  return opt.url + (opt.url.includes('?') ? '&' : '?') + query;
}

class SdkTimeout extends Error {
  override readonly name = 'TimeoutError';
  constructor() {
    super('timeout');
  }
}

export function fetchRequest(fetchFn: typeof fetch, signal: AbortSignal | undefined): SdkRequest {
  return (opt, callback) => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    const timer = opt.timeout ? setTimeout(() => controller.abort(new SdkTimeout()), opt.timeout) : undefined;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(opt.headers ?? {})) {
      if (v !== undefined && v !== null && !DROPPED_HEADERS.has(k.toLowerCase())) headers[k] = String(v);
    }
    const method = (opt.method ?? 'GET').toUpperCase();
    const body =
      method === 'GET' || method === 'HEAD' || opt.body === undefined || opt.body === null || opt.body === ''
        ? undefined
        : (opt.body as BodyInit);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    void (async () => {
      try {
        const res = await fetchFn(sdkRequestUrl(opt), { method, headers, body, signal: controller.signal });
        const resHeaders: Record<string, string> = {};
        res.headers.forEach((value, name) => (resHeaders[name.toLowerCase()] = value));
        const resBody =
          opt.dataType === 'blob'
            ? await res.blob()
            : opt.dataType === 'arraybuffer'
              ? await res.arrayBuffer()
              : await res.text();
        done();
        callback({
          error: null,
          statusCode: res.status,
          statusMessage: res.statusText,
          headers: resHeaders,
          body: resBody,
        });
      } catch (err) {
        done();
        const reason = controller.signal.aborted ? (controller.signal.reason as unknown) : err;
        // a fresh Error: the SDK writes error.message, which a DOMException (AbortError) does not allow
        callback({
          error: new Error(reason instanceof Error ? reason.message : 'network error', { cause: reason }),
          statusCode: 0,
          statusMessage: '',
          headers: {},
        });
      }
    })();
    return { abort: () => controller.abort() };
  };
}

interface SdkError {
  statusCode?: unknown;
  headers?: unknown;
  code?: unknown;
  message?: unknown;
  name?: unknown;
  error?: unknown;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Whatever cos-js-sdk-v5 failed with → OssError: COS's answer (status, Code, Message, RequestId), or a
 * request that got no answer (network, timeout). */
export function cosErrorFromSdk(err: unknown): OssError {
  if (err instanceof OssError) return err;
  const e = (err ?? {}) as SdkError;
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  const headers =
    e.headers !== null && typeof e.headers === 'object' ? (e.headers as Record<string, string>) : {};
  const doc = e.error !== null && typeof e.error === 'object' ? (e.error as Record<string, unknown>) : {};
  if (status > 0) {
    const fallback = ossErrorFromResponse({ status, headers });
    const details: Record<string, string> = {};
    for (const [k, v] of Object.entries(doc)) {
      if (typeof v === 'string' && !['Code', 'Message', 'RequestId'].includes(k)) details[k] = v;
    }
    const sdkCode = text(e.code);
    const code =
      text(doc.Code) ?? (sdkCode && !/^\d+$/.test(sdkCode) && sdkCode !== 'Error' ? sdkCode : fallback.code);
    return new OssError(
      {
        code,
        message:
          text(doc.Message) ?? text(e.message) ?? `COS answered HTTP ${status} without an error document.`,
        status,
        requestId: text(doc.RequestId) ?? headers['x-cos-request-id'],
        hostId: undefined,
        details,
      },
      { cause: err },
    );
  }
  const name = String(e.name ?? '');
  const message = text(e.message) ?? 'The request got no answer.';
  if (/timeout/i.test(name) || message === 'timeout') {
    return ossClientFailure('timeout', message, { cause: err, reason: name || 'timeout' });
  }
  const reset = /reset|socket hang up/i.test(
    `${name} ${message} ${String((e as { cause?: unknown }).cause ?? '')}`,
  );
  return ossClientFailure('network', message, { cause: err, reason: reset ? 'reset' : name || 'network' });
}
