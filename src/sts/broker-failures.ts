// HTTP and network failures of the broker → BrokerError with the operator's fix. The broker's own
// `{code, message}` already says what to fix for its 4xx/5xx; we add what only the console knows.
import { BrokerError } from './broker-error';

export interface FailureContext {
  brokerUrl: string;
  auth: 'none' | 'bearer' | 'cookies';
  consoleOrigin: string | undefined;
}

function brokerBody(json: unknown): { code?: string; message?: string } {
  if (json === null || typeof json !== 'object') return {};
  const { code, message } = json as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

const UNAUTHORIZED_FIX: Record<FailureContext['auth'], string> = {
  none: 'The broker wants authentication: set a bearer token in Settings (Broker authentication).',
  bearer: 'The broker refused the bearer token: check or replace it in Settings (Broker authentication).',
  cookies:
    'The broker did not accept this browser’s single sign-on session: sign in again (open the broker URL in a tab), then retry.',
};

export function failureFor(ctx: FailureContext, res: Response, json: unknown): BrokerError {
  const body = brokerBody(json);
  const status = res.status;
  const requestId = res.headers.get('x-request-id') ?? undefined;
  const said = body.message ?? `The broker answered HTTP ${status}.`;
  const common = { status, code: body.code, requestId };
  if (status === 401) {
    return new BrokerError({
      ...common,
      kind: 'unauthorized',
      problem: 'The broker refused the request (401).',
      fix: UNAUTHORIZED_FIX[ctx.auth],
    });
  }
  if (status === 403) {
    return new BrokerError({
      ...common,
      kind: 'forbidden',
      problem: said,
      fix: 'Choose a bucket and prefix the broker grants (Settings lists them from its /config), or ask its administrator to widen them.',
    });
  }
  if (status === 404) {
    return new BrokerError({
      ...common,
      kind: 'not-found',
      problem: `${ctx.brokerUrl} does not serve the broker API (404).`,
      fix: 'Check the broker URL in Settings: it is the broker’s base address, without /sts.',
    });
  }
  if (status === 429) {
    const retryAfter = Number(res.headers.get('retry-after'));
    const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    return new BrokerError({
      ...common,
      kind: 'rate-limited',
      retryAfterSeconds: seconds,
      problem: 'The broker is rate-limiting this operator.',
      fix: `Wait ${seconds ?? 'a few'} seconds, then retry.`,
    });
  }
  if (status >= 500) {
    const retryAfter = Number(res.headers.get('retry-after'));
    return new BrokerError({
      ...common,
      kind: 'server',
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      problem: said,
      fix: `Retry in a moment. If it persists, the broker’s log has the details${requestId ? ` (request ${requestId})` : ''}.`,
    });
  }
  return new BrokerError({
    ...common,
    kind: 'bad-request',
    problem: said,
    fix: 'Adjust the request (duration, bucket or prefix) as the message says.',
  });
}

export function networkFailure(ctx: FailureContext, timedOut: boolean, cause: unknown): BrokerError {
  if (timedOut) {
    return new BrokerError({
      kind: 'timeout',
      problem: `The broker at ${ctx.brokerUrl} did not answer in time.`,
      fix: 'Check that it is running and reachable, then retry.',
      cause,
    });
  }
  const origin = ctx.consoleOrigin ?? 'this console’s origin';
  return new BrokerError({
    kind: 'network',
    problem: `The browser could not reach the broker at ${ctx.brokerUrl} (no answer, or the answer was blocked by CORS).`,
    fix: `Check the address and that the broker is running, and that it allows this console's origin: BROKER_ALLOWED_ORIGINS must include ${origin}${ctx.auth === 'cookies' ? ' (with BROKER_CORS_CREDENTIALS=true for cookies)' : ''}.`,
    cause,
  });
}
