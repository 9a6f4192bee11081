import type { Route } from '../../routing/routes';
import type { Connection } from '../../connection/connection-context';
import { useConnectionSettings } from '../../../state/settings-store';

/** The bucket whose credentials the header shows: the one browsed, else the one opened first. */
export function useCurrentBucket(route: Route, connection: Connection): string | undefined {
  const settings = useConnectionSettings();
  if (route.name === 'browse') return route.bucket;
  if (connection.status !== 'ready') return undefined;
  return settings.bucket || connection.config.defaultBucket;
}
