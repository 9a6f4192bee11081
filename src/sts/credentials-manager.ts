// Holds the current STS credentials in memory (never in storage), refreshes them well before expiry,
// hands out credentials that last as long as a caller needs, and tells subscribers (React through
// useSyncExternalStore) what is going on. Framework-free; the clock, timers and randomness are injected.
import { credentialsCover, getClockOffsetMs, requiredCredentialSeconds } from '../core/expiry';
import { abortable } from '../async/abortable';
import type { BrokerClient, StsGrant } from './broker-client';
import { isBrokerError } from './broker-error';
import { refreshDelayMs } from './refresh-schedule';
import { redactable, type StsCredentials } from './sts-credentials';

export type CredentialsStatus = 'idle' | 'loading' | 'ready' | 'refreshing' | 'error';

export interface CredentialsSnapshot {
  status: CredentialsStatus;
  /** the latest credentials, kept after a failed refresh (they may still be valid: compare with now()) */
  credentials: StsCredentials | undefined;
  /** the last failure, while status is 'error' */
  error: unknown;
  /** add to the local clock to get the broker's (see now()) */
  clockOffsetMs: number;
  /** when the next automatic refresh or retry runs, on the corrected clock */
  nextRefreshAt: number | undefined;
}

export interface ManagerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type CredentialsSource = (request: { durationSeconds: number }) => Promise<StsGrant>;

export interface CredentialsManagerOptions {
  source: CredentialsSource;
  clock?: ManagerClock;
  /** [0, 1), for the refresh jitter */
  random?: () => number;
  /** the shortest duration asked for, so small validities do not cause a refresh every minute */
  baseDurationSeconds?: number;
  /** after a failed automatic refresh with a transient error, try again after this long */
  retryDelayMs?: number;
}

/** Validity an API call needs by default: the call itself, with the skew margin credentialsCover adds. */
export const API_CALL_VALIDITY_SECONDS = 60;
const DEFAULT_BASE_DURATION_SECONDS = 3600;
const DEFAULT_RETRY_DELAY_MS = 30_000;
/** Asking again within this time after the broker capped a duration would only get the same cap. */
const CAPPED_REUSE_MS = 60_000;

const systemClock: ManagerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The broker as a credentials source, scoped to a bucket and prefix. */
export function brokerCredentialsSource(
  broker: Pick<BrokerClient, 'getCredentials'>,
  scope: { bucket?: string; prefix?: string } = {},
): CredentialsSource {
  return ({ durationSeconds }) => broker.getCredentials({ ...scope, durationSeconds });
}

/**
 * The broker's COS temporary keys for a COS bucket, in the manager's credentials shape: one manager
 * (refresh, renewal, effective expiry) for both clouds. The key travels in OSS's field names: SecretId as
 * accessKeyId, SecretKey as accessKeySecret, Token as securityToken; the COS clients map them back.
 */
export function cosCredentialsSource(
  broker: Pick<BrokerClient, 'getCosCredentials'>,
  scope: { bucket: string; prefix?: string },
): CredentialsSource {
  return async ({ durationSeconds }) => {
    const { credentials: c, serverDate } = await broker.getCosCredentials({ ...scope, durationSeconds });
    return {
      serverDate,
      credentials: redactable({
        accessKeyId: c.secretId,
        accessKeySecret: c.secretKey,
        securityToken: c.sessionToken,
        expiresAt: c.expiresAt,
        ...(c.grantedSeconds === undefined ? {} : { grantedSeconds: c.grantedSeconds }),
        ...(c.requestedSeconds === undefined ? {} : { requestedSeconds: c.requestedSeconds }),
      }),
    };
  };
}

export class CredentialsManager {
  readonly #source: CredentialsSource;
  readonly #clock: ManagerClock;
  readonly #random: () => number;
  readonly #baseDuration: number;
  readonly #retryDelayMs: number;
  readonly #listeners = new Set<() => void>();
  #snapshot: CredentialsSnapshot = {
    status: 'idle',
    credentials: undefined,
    error: undefined,
    clockOffsetMs: 0,
    nextRefreshAt: undefined,
  };
  #inflight: { promise: Promise<StsCredentials>; durationSeconds: number } | undefined;
  #timer: unknown;
  /** OSS said these are dead (invalidate): never hand them out again */
  #rejectedAccessKeyId: string | undefined;
  #lastDuration: number;
  /** when the current credentials arrived, on the corrected clock */
  #obtainedAt: number | undefined;
  #disposed = false;

  constructor(options: CredentialsManagerOptions) {
    this.#source = options.source;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#baseDuration = options.baseDurationSeconds ?? DEFAULT_BASE_DURATION_SECONDS;
    this.#retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    this.#lastDuration = this.#baseDuration;
  }

  /** The broker's time: the local clock corrected by the offset seen in its answers. */
  now(): number {
    return this.#clock.now() + this.#snapshot.clockOffsetMs;
  }

  getSnapshot = (): CredentialsSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** Credentials usable right now (with the skew margin), or undefined. */
  current(): StsCredentials | undefined {
    const c = this.#snapshot.credentials;
    return c !== undefined && this.#usable(c, 0) ? c : undefined;
  }

  /**
   * Credentials that stay valid at least `minValiditySeconds` (plus the skew margin). When the current ones
   * end too soon, asks the broker for `requiredCredentialSeconds(minValiditySeconds)`; concurrent calls
   * share one request. The broker may grant less than asked (its maximum): the answer then says so in
   * grantedSeconds/requestedSeconds and the caller shows the effective expiry.
   */
  async ensure(
    minValiditySeconds = API_CALL_VALIDITY_SECONDS,
    signal?: AbortSignal,
  ): Promise<StsCredentials> {
    this.#assertAlive();
    const wanted = Math.max(requiredCredentialSeconds(minValiditySeconds), this.#baseDuration);
    const cur = this.#snapshot.credentials;
    if (cur !== undefined && this.#usable(cur, minValiditySeconds)) return cur;
    if (cur !== undefined && this.#freshlyCapped(cur, wanted)) return cur;
    let flight = this.#inflight;
    if (flight !== undefined && flight.durationSeconds < wanted) {
      // A shorter request is under way (an automatic refresh): let it land, then look again.
      await abortable(
        flight.promise.catch(() => undefined),
        signal,
      );
      const now = this.#snapshot.credentials;
      if (now !== undefined && this.#usable(now, minValiditySeconds)) return now;
      flight = this.#inflight;
    }
    const promise =
      flight !== undefined && flight.durationSeconds >= wanted
        ? flight.promise
        : this.#request(wanted, false);
    return abortable(promise, signal);
  }

  /**
   * OSS rejected the credentials (SecurityTokenExpired, InvalidAccessKeyId…): forget them and fetch new
   * ones. With `accessKeyId`, only if those are still the current ones (concurrent failures refresh once).
   */
  invalidate(accessKeyId?: string): Promise<StsCredentials> {
    this.#assertAlive();
    const cur = this.#snapshot.credentials;
    if (accessKeyId !== undefined && cur !== undefined && cur.accessKeyId !== accessKeyId)
      return this.ensure();
    if (cur !== undefined) this.#rejectedAccessKeyId = cur.accessKeyId;
    this.#cancelTimer();
    return this.#inflight?.promise ?? this.#request(this.#lastDuration, false);
  }

  /** After status 'error': try again now (also usable as "refresh now"). */
  retry(): Promise<StsCredentials> {
    this.#assertAlive();
    this.#cancelTimer();
    return this.#inflight?.promise ?? this.#request(this.#lastDuration, false);
  }

  /** Forgets the credentials and stops the timers (sign-out, broker change). */
  dispose(): void {
    this.#disposed = true;
    this.#cancelTimer();
    this.#inflight = undefined;
    this.#set({ status: 'idle', credentials: undefined, error: undefined, nextRefreshAt: undefined });
    this.#listeners.clear();
  }

  /** The broker just granted less than `wanted` for a request at least as long: it cannot do better now. */
  #freshlyCapped(c: StsCredentials, wanted: number): boolean {
    return (
      c.requestedSeconds !== undefined &&
      c.grantedSeconds !== undefined &&
      c.requestedSeconds >= wanted &&
      c.grantedSeconds < c.requestedSeconds &&
      this.#obtainedAt !== undefined &&
      this.now() - this.#obtainedAt < CAPPED_REUSE_MS &&
      this.#usable(c, API_CALL_VALIDITY_SECONDS)
    );
  }

  #usable(c: StsCredentials, validitySeconds: number): boolean {
    return (
      c.accessKeyId !== this.#rejectedAccessKeyId &&
      credentialsCover(this.now(), validitySeconds, c.expiresAt)
    );
  }

  #assertAlive(): void {
    if (this.#disposed) throw new Error('This CredentialsManager was disposed; create a new one.');
  }

  #set(patch: Partial<CredentialsSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of [...this.#listeners]) listener();
  }

  #request(durationSeconds: number, automatic: boolean): Promise<StsCredentials> {
    const hadCredentials = this.#snapshot.credentials !== undefined;
    this.#set({ status: hadCredentials ? 'refreshing' : 'loading' });
    const promise = this.#source({ durationSeconds }).then(
      (grant) => {
        if (this.#disposed) return grant.credentials;
        const offset = getClockOffsetMs(grant.serverDate, this.#clock.now());
        this.#lastDuration = durationSeconds;
        this.#set({
          status: 'ready',
          credentials: grant.credentials,
          error: undefined,
          clockOffsetMs: offset,
        });
        this.#obtainedAt = this.now();
        this.#scheduleRefresh(grant.credentials);
        return grant.credentials;
      },
      (err: unknown) => {
        if (!this.#disposed) {
          this.#set({ status: 'error', error: err });
          const transient = isBrokerError(err) ? err.transient : true;
          if (automatic && transient) this.#schedule(this.#retryDelayMs * (0.9 + this.#random() * 0.2));
        }
        throw err;
      },
    );
    const flight = { promise, durationSeconds };
    this.#inflight = flight;
    const clear = (): void => {
      if (this.#inflight === flight) this.#inflight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  #scheduleRefresh(c: StsCredentials): void {
    const lifetimeMs = c.expiresAt - this.now();
    this.#schedule(refreshDelayMs(lifetimeMs, this.#random));
  }

  #schedule(delayMs: number): void {
    this.#cancelTimer();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#disposed || this.#inflight !== undefined) return;
      // Failures land in the snapshot (status 'error') and schedule their own retry.
      this.#request(this.#lastDuration, true).catch(() => undefined);
    }, delayMs);
    this.#set({ nextRefreshAt: this.now() + delayMs });
  }

  #cancelTimer(): void {
    if (this.#timer === undefined) return;
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#set({ nextRefreshAt: undefined });
  }
}
