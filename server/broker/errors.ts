// Every failure leaves the broker as JSON `{ code, message }`. Messages are written here, by us, so they
// carry the fix and can never echo a secret (no user input or SDK payload is copied into them).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';

export class BrokerError extends HTTPException {
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(status, { message, cause: options.cause });
    this.code = code;
    this.headers = options.headers ?? {};
  }
}

export interface ErrorBody {
  code: string;
  message: string;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  429: 'TooManyRequests',
};

/** The single error renderer of the broker app (`app.onError`). */
export function renderError(err: Error, c: Context, logger: Logger): Response {
  if (err instanceof BrokerError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    if (err.status >= 500) logger.error({ code: err.code, cause: describeCause(err.cause) }, err.message);
    return c.json<ErrorBody>({ code: err.code, message: err.message }, err.status);
  }
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status] ?? 'HttpError';
    return c.json<ErrorBody>({ code, message: err.message || code }, err.status);
  }
  logger.error({ err: describeCause(err) }, 'unexpected broker failure');
  return c.json<ErrorBody>(
    { code: 'InternalError', message: 'The broker failed unexpectedly; its log has the details.' },
    500,
  );
}

/** Name and message only: SDK errors may carry request payloads we do not want in logs. */
function describeCause(cause: unknown): { name: string; message: string } | undefined {
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return cause === undefined ? undefined : { name: typeof cause, message: String(cause) };
}
