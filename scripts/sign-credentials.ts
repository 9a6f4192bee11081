// Where `npm run sign` gets its credentials: the STS broker the console uses (`--broker URL`, bearer token
// from an environment variable named by `--broker-token-env`, or no auth), or the environment (OSS_* for
// OSS, COS_* for Tencent COS). Never a secret on the command line: flags show in `ps` and shell history.
import { getClockOffsetMs, requiredCredentialSeconds } from '../src/core/expiry/effective-expiry';
import type { ProviderCredentials, ProviderKind } from '../src/core/provider/link-provider';
import { createBrokerClient, type BrokerAuth } from '../src/sts/broker-client';

export interface CliCredentials {
  /** id/secret/token: OSS AccessKeyId/AccessKeySecret/SecurityToken, COS SecretId/SecretKey/Token */
  credentials: ProviderCredentials;
  /** when the credentials stop working, ms on the issuer's clock; undefined when nobody said */
  expiresAt: number | undefined;
  /** seconds the broker granted, when it says */
  grantedSeconds: number | undefined;
  /** add to the local clock to get the broker's (its Date header), 0 without a broker */
  clockOffsetMs: number;
  /** long-term key (no session token): links may outlive any STS credentials */
  longTerm: boolean;
  from: 'broker' | 'environment';
}

export interface CredentialsRequest {
  provider: ProviderKind;
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

/** The environment variables each cloud's credentials are read from. */
export const ENV_NAMES = {
  oss: {
    id: 'OSS_ACCESS_KEY_ID',
    secret: 'OSS_ACCESS_KEY_SECRET',
    token: 'OSS_SESSION_TOKEN',
    expiration: 'OSS_SESSION_EXPIRATION',
  },
  cos: {
    id: 'COS_SECRET_ID',
    secret: 'COS_SECRET_KEY',
    token: 'COS_SESSION_TOKEN',
    expiration: 'COS_SESSION_EXPIRATION',
  },
} as const;

/** True when the environment holds a session token for the cloud (STS credentials, not a long-term key). */
export function hasSessionToken(provider: ProviderKind, env: Env): boolean {
  return Boolean(env[ENV_NAMES[provider].token]);
}

function fromEnvironment(provider: ProviderKind, env: Env): CliCredentials {
  const names = ENV_NAMES[provider];
  const id = env[names.id];
  const secret = env[names.secret];
  if (!id || !secret) {
    throw new CredentialsUnavailable(
      `Set ${names.id} and ${names.secret} (and ${names.token} for ${provider === 'oss' ? 'STS' : 'a temporary key'}) in the environment, or use --broker URL.`,
    );
  }
  const token = env[names.token] || undefined;
  const expiration = env[names.expiration];
  const expiresAt = expiration ? Date.parse(expiration) : undefined;
  if (expiresAt !== undefined && Number.isNaN(expiresAt))
    throw new CredentialsUnavailable(
      `${names.expiration} must be an ISO 8601 time such as STS's Expiration, 2030-01-02T03:04:05Z (got "${expiration}").`,
    );
  return {
    credentials: { id, secret, token },
    expiresAt,
    grantedSeconds: undefined,
    clockOffsetMs: 0,
    longTerm: token === undefined,
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
    return fromEnvironment(request.provider, env);
  }
  const client = createBrokerClient({
    brokerUrl: request.broker,
    auth: brokerAuth(request.brokerTokenEnv, env),
    fetch: fetchImpl,
  });
  const asked = {
    durationSeconds: requiredCredentialSeconds(request.validitySeconds),
    bucket: request.bucket,
  };
  const fromBroker = (
    credentials: ProviderCredentials,
    c: { expiresAt: number; grantedSeconds?: number | undefined },
    serverDate: string | undefined,
  ): CliCredentials => ({
    credentials,
    expiresAt: c.expiresAt,
    grantedSeconds: c.grantedSeconds,
    clockOffsetMs: getClockOffsetMs(serverDate, Date.now()),
    longTerm: false,
    from: 'broker',
  });
  if (request.provider === 'cos') {
    const grant = await client.getCosCredentials(asked);
    const c = grant.credentials;
    return fromBroker({ id: c.secretId, secret: c.secretKey, token: c.sessionToken }, c, grant.serverDate);
  }
  const grant = await client.getCredentials(asked);
  const c = grant.credentials;
  return fromBroker(
    { id: c.accessKeyId, secret: c.accessKeySecret, token: c.securityToken },
    c,
    grant.serverDate,
  );
}
