// ali-oss failures → OssError. ali-oss parses the error XML itself but keeps only a few fields; we hook its
// `requestError(result)` to parse the raw answer once with core/errors (StringToSign, EC, HEAD's x-oss-err)
// and attach the result to the SDK's error, which ali-oss still needs (RequestTimeTooSkewed handling).
import { OssError, ossClientFailure, ossErrorFromResponse, type HeaderSource } from '../core/errors';

const ATTACHED = 'ossError';

interface SdkResult {
  status?: unknown;
  headers?: unknown;
  data?: unknown;
  name?: unknown;
  code?: unknown;
  message?: unknown;
}

function bodyOf(data: unknown): string | Uint8Array | undefined {
  if (typeof data === 'string' || data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

/** The raw result ali-oss hands requestError: an HTTP answer, or the transport's error object. */
export function ossErrorFromSdkResult(result: SdkResult): OssError {
  const status = typeof result.status === 'number' ? result.status : 0;
  if (status > 0 && result.headers !== null && typeof result.headers === 'object') {
    return ossErrorFromResponse({
      status,
      headers: result.headers as HeaderSource,
      body: bodyOf(result.data),
    });
  }
  const name = String(result.name ?? '');
  const code = String(result.code ?? '');
  const message = typeof result.message === 'string' ? result.message : 'The request got no answer.';
  // urllib marks timeouts with status -2 and *TimeoutError names
  if (status === -2 || /timeout/i.test(name) || code === 'ETIMEDOUT') {
    return ossClientFailure('timeout', message, { cause: result, reason: name || code });
  }
  const reset = code === 'ECONNRESET' || /reset|socket hang up/i.test(`${name} ${message}`);
  return ossClientFailure('network', message, {
    cause: result,
    reason: reset ? 'reset' : name || code || 'network',
  });
}

type RequestErrorFn = (result: SdkResult) => Promise<unknown>;

/** Installs the hook on one ali-oss instance (an own property shadows the prototype's method). */
export function hookSdkErrors(sdk: object): void {
  const target = sdk as { requestError: RequestErrorFn };
  const original = target.requestError.bind(sdk);
  target.requestError = async (result) => {
    const err = await original(result);
    if (err !== null && typeof err === 'object') {
      Object.defineProperty(err, ATTACHED, { value: ossErrorFromSdkResult(result), enumerable: false });
    }
    return err;
  };
}

/** Whatever ali-oss threw → OssError (the attached parse when there is one). */
export function toOssError(err: unknown): OssError {
  if (err instanceof OssError) return err;
  const attached = (err as Record<string, unknown> | null)?.[ATTACHED];
  if (attached instanceof OssError) return attached;
  const e = (err ?? {}) as SdkResult & { requestId?: unknown; hostId?: unknown; ecCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : 0;
  if (status > 0 && typeof e.code === 'string') {
    return new OssError(
      {
        code: e.code,
        message: typeof e.message === 'string' ? e.message : e.code,
        status,
        requestId: typeof e.requestId === 'string' ? e.requestId : undefined,
        hostId: typeof e.hostId === 'string' ? e.hostId : undefined,
        ec: typeof e.ecCode === 'string' ? e.ecCode : undefined,
      },
      { cause: err },
    );
  }
  return ossErrorFromSdkResult(e);
}
