// The first screen's data, fetched before React has drawn anything. Opening a folder's link
// (/b/<bucket>/<prefix>) used to wait for the first render (antd's styles, the layout, the page) before
// the page asked the broker for credentials, and for another render before it listed: about 100 ms on a
// cold load with nothing on the network. The entry now starts both as soon as the broker's /config is in:
// the bucket's credentials manager (which the connection provider finds when the page asks for that bucket,
// peekPreloadedCredentials, and takes over once it has committed: claimPreloadedCredentials) and the folder's first listing page, into the query the listing reads.
// Nothing here decides anything the page would not: the same bucket description, manager, client and
// query (bucket-access.ts, objectQueries.list); a failure is left for the page's own query to show.
import type { QueryClient } from '@tanstack/react-query';
import { objectQueries } from '../../oss/object-queries';
import type { ConsoleConfig } from '../../sts/console-config';
import type { CredentialsManager } from '../../sts/credentials-manager';
import type { ConnectionSettings } from '../../state/settings-store';
import type { Route } from '../routing/routes';
import {
  bucketClient,
  bucketConnectionId,
  bucketCredentials,
  consoleCosPresigner,
  consolePresigner,
} from './bucket-access';
import { bucketEndpoint } from './bucket-connection';
import { brokerClientFor, type BrokerAccess } from './broker-queries';

/** A preloaded manager nobody claimed (the operator went elsewhere first) is disposed after this long. */
const UNCLAIMED_MS = 60_000;

let preloaded: { id: string; manager: CredentialsManager; timer: ReturnType<typeof setTimeout> } | undefined;

/**
 * Starts the credentials and the first listing page of the folder `route` opens; other routes: nothing.
 * Resolves when that page is in the cache (or failed: never rejects).
 */
export function preloadFirstScreen(
  queryClient: QueryClient,
  o: { access: BrokerAccess; config: ConsoleConfig; settings: ConnectionSettings; route: Route },
): Promise<void> {
  const { route } = o;
  if (route.name !== 'browse' || preloaded) return Promise.resolve();
  let client;
  let manager: CredentialsManager;
  try {
    const described = bucketEndpoint(o.config, o.settings, route.bucket);
    manager = bucketCredentials(brokerClientFor(o.access), route.bucket, described.provider);
    client = bucketClient({ ...described, credentials: manager }, described.secure, {
      presigner: consolePresigner(),
      cosPresigner: consoleCosPresigner,
    });
  } catch {
    return Promise.resolve(); // a bad bucket name or endpoint: the page explains it
  }
  const id = bucketConnectionId(o.access, route.bucket);
  const timer = setTimeout(() => {
    if (preloaded?.manager !== manager) return;
    preloaded = undefined;
    manager.dispose();
  }, UNCLAIMED_MS);
  preloaded = { id, manager, timer };
  // as useBucketConnection does: the broker is asked now, and the listing's own call joins that request
  manager.ensure().catch(() => undefined);
  return queryClient.prefetchInfiniteQuery(
    objectQueries.list({ client, prefix: route.prefix, search: route.search }),
  );
}

/** The manager preloaded for this bucket connection (BucketConnection.id), left where it is (no claim). */
export function peekPreloadedCredentials(id: string): CredentialsManager | undefined {
  return preloaded?.id === id ? preloaded.manager : undefined;
}

/** The manager preloaded for this bucket connection (BucketConnection.id), once; afterwards undefined. */
export function claimPreloadedCredentials(id: string): CredentialsManager | undefined {
  if (preloaded?.id !== id) return undefined;
  const { manager, timer } = preloaded;
  clearTimeout(timer);
  preloaded = undefined;
  return manager;
}
