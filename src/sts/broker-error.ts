/** How a broker request failed; the UI picks its wording and its action (Settings, retry) from this. */
export type BrokerErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'bad-answer'
  | 'timeout';

export interface BrokerErrorInit {
  kind: BrokerErrorKind;
  /** what went wrong */
  problem: string;
  /** what the operator does about it */
  fix: string;
  /** HTTP status; 0 when no answer arrived */
  status?: number;
  /** the broker's own code, e.g. BucketNotAllowed */
  code?: string | undefined;
  /** Retry-After, seconds */
  retryAfterSeconds?: number | undefined;
  /** X-Request-Id of the broker's answer, for its logs */
  requestId?: string | undefined;
  cause?: unknown;
}

/** A failed call to the STS broker. The message names the problem and the fix; it never holds a secret. */
export class BrokerError extends Error {
  override readonly name = 'BrokerError';
  readonly kind: BrokerErrorKind;
  readonly problem: string;
  readonly fix: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: BrokerErrorInit) {
    super(`${init.problem} ${init.fix}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.problem = init.problem;
    this.fix = init.fix;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
  }

  /** Trying again later may work (as opposed to a setting the operator must change). */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'rate-limited' ||
      this.kind === 'server'
    );
  }
}

export function isBrokerError(value: unknown): value is BrokerError {
  return value instanceof BrokerError;
}
