import { useQuery } from '@tanstack/react-query';
import { fetchConsoleBootstrap } from '../../../sts/console-config';

/** The broker named by /console-config.json (shared with the connection provider's query). */
export function useBootstrapBrokerUrl(): string | undefined {
  const bootstrap = useQuery({
    queryKey: ['console-bootstrap'],
    queryFn: ({ signal }) => fetchConsoleBootstrap({ signal }),
    staleTime: Infinity,
  });
  return bootstrap.data?.brokerUrl;
}
