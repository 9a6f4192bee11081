import { useQuery } from '@tanstack/react-query';
import { brokerQueries } from '../../connection/broker-queries';

/** The broker named by /console-config.json (shared with the connection provider's query). */
export function useBootstrapBrokerUrl(): string | undefined {
  return useQuery(brokerQueries.bootstrap()).data?.brokerUrl;
}
