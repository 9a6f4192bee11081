// Where `npm run sign` gets its credentials: the STS broker the console uses (`--broker URL`, bearer token
// from an environment variable named by `--broker-token-env`, or no auth), or the environment. Never a
// secret on the command line: flags show in `ps` and in shell history.
import { getClockOffsetMs, requiredCredentialSeconds } from '../src/core/expiry/effective-expiry';
import type { SigningCredentials } from '../src/core/presign';
import { createBrokerClient, type BrokerAuth } from '../src/sts/broker-client';

export interface CliCredentials {
  credentials: SigningCredentials;
  /** when the credentials stop working, ms on the issuer's clock; undefined when nobody said */
  expiresAt: number | undefined;
  /** seconds the broker granted, when it says */
  grantedSeconds: number | undefined;
  /** add to the local clock to get the broker's (its Date header), 0 without a broker */
  clockOffsetMs: number;
  /** long-term AccessKey pair (no session token): links may outlive any STS credentials */
  longTerm: boolean;
  from: 'broker' | 'environment';
}

export interface CredentialsRequest {
  broker: string | undefined;
  /** the name of the environment variable that holds the broker's bearer token */
  brokerTokenEnv: string | undefined;
  bucket: string;
  validitySeconds: number;
}

export class CredentialsUnavailable extends Error {
  override readonly name = 'CredentialsUnavailable';
}

type Env = Readonly<Record<string, string | undefined>>;

function brokerAuth(tokenEnv: string | undefined, env: Env): BrokerAuth {
  if (tokenEnv === undefined) return { kind: 'none' };
  const token = env[tokenEnv];
  if (!token)
    throw new CredentialsUnavailable(
      `--broker-token-env names ${tokenEnv}, which is not set. Export the broker's bearer token as ${tokenEnv} (e.g. read -rs ${tokenEnv}; export ${tokenEnv}).`,
    );
  return { kind: 'bearer', token };
}

function fromEnvironment(env: Env): CliCredentials {
  const accessKeyId = env.OSS_ACCESS_KEY_ID;
  const accessKeySecret = env.OSS_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) {
    throw new CredentialsUnavailable(
      'Set OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET (and OSS_SESSION_TOKEN for STS) in the environment, or use --broker URL.',
    );
  }
  const securityToken = env.OSS_SESSION_TOKEN || undefined;
  const expiration = env.OSS_SESSION_EXPIRATION;
  const expiresAt = expiration ? Date.parse(expiration) : undefined;
  if (expiresAt !== undefined && Number.isNaN(expiresAt))
    throw new CredentialsUnavailable(
      `OSS_SESSION_EXPIRATION must be an ISO 8601 time such as STS's Expiration, 2030-01-02T03:04:05Z (got "${expiration}").`,
    );
  return {
    credentials: { accessKeyId, accessKeySecret, securityToken },
    expiresAt,
    grantedSeconds: undefined,
    clockOffsetMs: 0,
    longTerm: securityToken === undefined,
    from: 'environment',
  };
}

/** Credentials for links of `validitySeconds`: from the broker (asking for that long plus the skew margin) or the environment. */
export async function cliCredentials(
  request: CredentialsRequest,
  env: Env,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<CliCredentials> {
  if (request.broker === undefined) {
    if (request.brokerTokenEnv !== undefined)
      throw new CredentialsUnavailable('--broker-token-env needs --broker URL.');
    return fromEnvironment(env);
  }
  const client = createBrokerClient({
    brokerUrl: request.broker,
    auth: brokerAuth(request.brokerTokenEnv, env),
    fetch: fetchImpl,
  });
  const grant = await client.getCredentials({
    durationSeconds: requiredCredentialSeconds(request.validitySeconds),
    bucket: request.bucket,
  });
  const c = grant.credentials;
  return {
    credentials: {
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      securityToken: c.securityToken,
    },
    expiresAt: c.expiresAt,
    grantedSeconds: c.grantedSeconds,
    clockOffsetMs: getClockOffsetMs(grant.serverDate, Date.now()),
    longTerm: false,
    from: 'broker',
  };
}
