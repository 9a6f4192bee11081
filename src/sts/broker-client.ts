// The STS broker's HTTP API (server/broker/README.md): GET /config and GET /sts. Every failure becomes a
// BrokerError that names the problem and the fix. Secrets only travel in the return value: nothing here
// logs, stores or puts them into an error.
import { BrokerError } from './broker-error';
import { consoleConfigSchema, describeZodIssues, type ConsoleConfig } from './console-config';
import { failureFor, networkFailure } from './broker-failures';
import { parseCosStsAnswer, type CosStsCredentials } from './cos-sts-credentials';
import { parseStsAnswer, type StsCredentials } from './sts-credentials';

export type BrokerAuth = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'cookies' };

export interface BrokerClientOptions {
  /** the broker's base address, e.g. https://broker.example.com (a path prefix is kept) */
  brokerUrl: string;
  auth: BrokerAuth;
  fetch?: typeof fetch;
  /** this console's origin, named in the CORS advice; defaults to location.origin */
  consoleOrigin?: string;
  /** per request, default 15 s */
  timeoutMs?: number;
}

export interface CredentialsRequest {
  /** seconds the credentials should live; the broker grants min(duration, its max) */
  durationSeconds?: number;
  bucket?: string;
  prefix?: string;
  signal?: AbortSignal;
}

export interface StsGrant {
  credentials: StsCredentials;
  /**
   * The broker's time as an HTTP date: its `Date` header when readable, else derived from
   * Expiration − DurationSeconds (a cross-origin `Date` is hidden unless the broker exposes it).
   */
  serverDate: string | undefined;
}

/** A Tencent COS temporary key from /sts (a COS bucket's answer). */
export interface CosStsGrant {
  credentials: CosStsCredentials;
  /** as StsGrant's */
  serverDate: string | undefined;
}

export interface BrokerClient {
  readonly brokerUrl: string;
  getConfig(signal?: AbortSignal): Promise<ConsoleConfig>;
  /** OSS STS credentials (an OSS bucket, or the broker's default one) */
  getCredentials(request?: CredentialsRequest): Promise<StsGrant>;
  /** a COS temporary key for a COS bucket */
  getCosCredentials(request: CredentialsRequest & { bucket: string }): Promise<CosStsGrant>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export function createBrokerClient(options: BrokerClientOptions): BrokerClient {
  const base = options.brokerUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(base)) {
    throw new BrokerError({
      kind: 'bad-request',
      problem: `The broker URL "${options.brokerUrl}" is not an http(s) address.`,
      fix: 'Type the broker’s base address in Settings, e.g. https://broker.example.com.',
    });
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const consoleOrigin =
    options.consoleOrigin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  const context = { brokerUrl: base, auth: options.auth.kind, consoleOrigin };

  async function getJson(
    path: string,
    signal: AbortSignal | undefined,
  ): Promise<{ json: unknown; res: Response }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.auth.kind === 'bearer') headers.Authorization = `Bearer ${options.auth.token}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method: 'GET',
        headers,
        // cookies only for an SSO-protected broker; otherwise never send them
        credentials: options.auth.kind === 'cookies' ? 'include' : 'omit',
        cache: 'no-store',
        signal: combined,
      });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      throw networkFailure(context, timeout.aborted, err);
    }
    const text = await res.text().catch(() => '');
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!res.ok) throw failureFor(context, res, json);
    if (json === undefined) {
      throw new BrokerError({
        kind: 'bad-answer',
        status: res.status,
        problem: /^\s*</.test(text)
          ? `${base}${path} answered HTML, not JSON: the broker URL points at a web page (the console itself, or a sign-in page).`
          : `${base}${path} did not answer JSON.`,
        fix: 'Check the broker URL in Settings: it is the STS broker’s base address.',
      });
    }
    return { json, res };
  }

  function getSts(request: CredentialsRequest) {
    const query = new URLSearchParams();
    if (request.durationSeconds !== undefined)
      query.set('duration', String(Math.ceil(request.durationSeconds)));
    if (request.bucket) query.set('bucket', request.bucket);
    if (request.prefix) query.set('prefix', request.prefix);
    const qs = query.toString();
    return getJson(`/sts${qs ? `?${qs}` : ''}`, request.signal);
  }

  return {
    brokerUrl: base,
    async getConfig(signal) {
      const { json } = await getJson('/config', signal);
      const parsed = consoleConfigSchema.safeParse(json);
      if (!parsed.success) {
        throw new BrokerError({
          kind: 'bad-answer',
          status: 200,
          problem: `The broker’s /config answer is not usable: ${describeZodIssues(parsed.error, json)}.`,
          fix: 'Update the broker (its /config schema is in server/broker/README.md), or check the broker URL.',
        });
      }
      return parsed.data;
    },
    async getCredentials(request = {}) {
      const { json, res } = await getSts(request);
      return grantOf(parseStsAnswer(json), res);
    },
    async getCosCredentials(request) {
      const { json, res } = await getSts(request);
      return grantOf(parseCosStsAnswer(json), res);
    },
  };
}

/** The grant with the broker's time (see StsGrant.serverDate). */
function grantOf<C extends { expiresAt: number; grantedSeconds?: number }>(
  credentials: C,
  res: Response,
): { credentials: C; serverDate: string | undefined } {
  const derived =
    credentials.grantedSeconds === undefined
      ? undefined
      : new Date(credentials.expiresAt - credentials.grantedSeconds * 1000).toUTCString();
  return { credentials, serverDate: res.headers.get('date') ?? derived };
}
