// TkDodo-style query factories for what the console reads from its own side: /console-config.json and the
// broker's /config. Each key holds everything its fetcher uses — for the broker, its URL, how the operator
// authenticates and which bearer token (by generation, never the token itself) — so a corrected token or
// URL is a new query, not the old 401 until Retry.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { createBrokerClient, type BrokerAuth, type BrokerClient } from '../../sts/broker-client';
import { fetchConsoleBootstrap } from '../../sts/console-config';
import { bootstrapFetch } from './early-bootstrap';
import { getBrokerToken, getBrokerTokenGeneration } from '../../state/broker-token-store';
import type { ConsoleConfig } from '../../sts/console-config';
import { getSettingsSnapshot, type ConnectionSettings } from '../../state/settings-store';

export interface BrokerAccess {
  brokerUrl: string;
  auth: BrokerAuth['kind'];
  /** the bearer token's generation (broker-token-store) */
  tokenGeneration: number;
}

/** Which broker, and how: the operator's Settings first, else what /console-config.json names. */
export function brokerAccessFor(
  settings: Pick<ConnectionSettings, 'brokerUrl' | 'brokerAuth'>,
  bootstrapBrokerUrl: string | undefined,
  tokenGeneration: number,
): BrokerAccess {
  return {
    brokerUrl: settings.brokerUrl || bootstrapBrokerUrl || '',
    auth: settings.brokerAuth,
    tokenGeneration: settings.brokerAuth === 'bearer' ? tokenGeneration : 0,
  };
}

/** The broker client for `access`, with the bearer token the store holds now. Throws BrokerError for a bad URL. */
export function brokerClientFor(access: BrokerAccess): BrokerClient {
  const auth: BrokerAuth =
    access.auth === 'bearer' ? { kind: 'bearer', token: getBrokerToken() } : { kind: access.auth };
  return createBrokerClient({ brokerUrl: access.brokerUrl, auth });
}

export const brokerQueries = {
  bootstrap: () =>
    queryOptions({
      queryKey: ['console-bootstrap'] as const,
      queryFn: ({ signal }) => {
        const early = bootstrapFetch();
        return fetchConsoleBootstrap({ signal, ...(early ? { fetch: early } : {}) });
      },
      staleTime: Infinity,
    }),
  config: (access: BrokerAccess) =>
    queryOptions({
      queryKey: ['broker', 'config', access] as const,
      queryFn: ({ signal }) => brokerClientFor(access).getConfig(signal),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

/**
 * Starts what the first screen waits for — /console-config.json, then the broker's /config — before React
 * renders (while the language chunk loads), into the cache ConnectionProvider reads with the same keys. A
 * failure is left for the provider's own query to show and retry. Resolves to the broker's config (and who
 * asked for it) when it came, for what the first screen needs next (first-screen.ts).
 */
export async function prefetchConnection(
  queryClient: QueryClient,
): Promise<{ access: BrokerAccess; config: ConsoleConfig; settings: ConnectionSettings } | undefined> {
  const { connection } = getSettingsSnapshot();
  const bootstrap = await queryClient.fetchQuery(brokerQueries.bootstrap()).catch(() => undefined);
  const access = brokerAccessFor(connection, bootstrap?.brokerUrl, getBrokerTokenGeneration());
  if (!access.brokerUrl) return undefined;
  try {
    brokerClientFor(access); // a bad URL is the provider's to explain
  } catch {
    return undefined;
  }
  const config = await queryClient.fetchQuery(brokerQueries.config(access)).catch(() => undefined);
  return config ? { access, config, settings: connection } : undefined;
}
