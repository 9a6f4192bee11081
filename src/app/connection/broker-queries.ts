// TkDodo-style query factories for what the console reads from its own side: /console-config.json and the
// broker's /config. Each key holds everything its fetcher uses — for the broker, its URL, how the operator
// authenticates and which bearer token (by generation, never the token itself) — so a corrected token or
// URL is a new query, not the old 401 until Retry.
import { queryOptions } from '@tanstack/react-query';
import { createBrokerClient, type BrokerAuth, type BrokerClient } from '../../sts/broker-client';
import { fetchConsoleBootstrap } from '../../sts/console-config';
import { getBrokerToken } from '../../state/broker-token-store';

export interface BrokerAccess {
  brokerUrl: string;
  auth: BrokerAuth['kind'];
  /** the bearer token's generation (broker-token-store) */
  tokenGeneration: number;
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
      queryFn: ({ signal }) => fetchConsoleBootstrap({ signal }),
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
