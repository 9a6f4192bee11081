// Connects the console: /console-config.json (where the broker is) → the broker's /config → one
// credentials manager per bucket, made when a page asks for the bucket (in an effect, never during
// render) and disposed with the broker client. The operator's Settings override both.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BrokerClient } from '../../sts/broker-client';
import type { CredentialsManager } from '../../sts/credentials-manager';
import { useBrokerTokenGeneration } from '../../state/broker-token-store';
import { useConnectionSettings } from '../../state/settings-store';
import type { BucketConnection } from './bucket-connection';
import { bucketEndpoint } from './bucket-connection';
import {
  bucketConnectionId,
  bucketCredentials,
  consoleCosPresigner,
  consolePresigner,
} from './bucket-access';
import { claimPreloadedCredentials, peekPreloadedCredentials } from './first-screen';
import { brokerAccessFor, brokerClientFor, brokerQueries, type BrokerAccess } from './broker-queries';
import type { Connection } from './connection-context';
import { ConnectionContext } from './connection-context';

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const settings = useConnectionSettings();
  const tokenGeneration = useBrokerTokenGeneration();
  // one per page (bucket-access.ts): the same promise on every render
  const presigner = consolePresigner();
  const bootstrap = useQuery(brokerQueries.bootstrap());
  const { brokerUrl: typedUrl, brokerAuth } = settings;
  const bootstrapUrl = bootstrap.data?.brokerUrl;
  // only the broker's URL and authentication make a new broker (and new credentials), not other settings
  const access = useMemo<BrokerAccess>(
    () => brokerAccessFor({ brokerUrl: typedUrl, brokerAuth }, bootstrapUrl, tokenGeneration),
    [typedUrl, brokerAuth, bootstrapUrl, tokenGeneration],
  );
  const { brokerUrl } = access;

  const broker = useMemo<BrokerClient | Error | undefined>(() => {
    if (!access.brokerUrl) return undefined;
    try {
      return brokerClientFor(access);
    } catch (e) {
      return e as Error;
    }
  }, [access]);

  const {
    data: config,
    error: configError,
    isError: configFailed,
    refetch: refetchConfig,
  } = useQuery({
    ...brokerQueries.config(access),
    enabled: broker !== undefined && !(broker instanceof Error),
  });

  // Credentials managers per bucket, for this broker and authentication; disposed when those change.
  // Components ask for their bucket while they render (the header's credentials indicator): once managers
  // were disposed, the next value is a new one (`generation`), so that every holder of a disposed manager
  // renders again and asks anew. That also covers StrictMode's mount–unmount–mount in development, which
  // otherwise left the indicator on a disposed manager ("not requested yet" above a listed folder).
  const managers = useRef(new Map<string, CredentialsManager>());
  const disposed = useRef(false);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const current = managers.current;
    if (disposed.current) {
      disposed.current = false;
      setGeneration((g) => g + 1);
    }
    return () => {
      for (const m of current.values()) m.dispose();
      current.clear();
      disposed.current = true;
    };
  }, [broker]);

  // After every commit: a preloaded manager this provider now holds is its own (no longer disposed unclaimed)
  useEffect(() => {
    if (!brokerUrl) return;
    for (const [name, manager] of managers.current) {
      const id = bucketConnectionId(access, name);
      if (peekPreloadedCredentials(id) === manager) claimPreloadedCredentials(id);
    }
  });

  const value = useMemo<Connection>(() => {
    if (!brokerUrl)
      return bootstrap.isPending ? { status: 'loading', brokerUrl: '' } : { status: 'needs-broker' };
    if (broker instanceof Error) return { status: 'error', brokerUrl, error: broker, retry: () => undefined };
    if (configFailed)
      return { status: 'error', brokerUrl, error: configError, retry: () => void refetchConfig() };
    if (!config || broker === undefined) return { status: 'loading', brokerUrl };
    // one BucketConnection object per bucket and manager while this value lasts: asking again gives the same
    const made = new Map<string, BucketConnection>();
    const connectionOf = (name: string, credentials: CredentialsManager): BucketConnection => {
      let b = made.get(name);
      if (b?.credentials !== credentials) {
        b = { ...bucketEndpoint(config, settings, name), id: bucketConnectionId(access, name), credentials };
        made.set(name, b);
      }
      return b;
    };
    return {
      status: 'ready',
      brokerUrl,
      broker,
      config,
      presigner,
      cosPresigner: consoleCosPresigner,
      bucket(name: string): BucketConnection {
        let manager = managers.current.get(name);
        if (!manager) {
          // The entry may have started this bucket's credentials already (a folder's link: first-screen.ts).
          // Taken over only once this provider has committed (the effect below): React keeps nothing of a
          // first render it throws away (suspended, or restarted by an update during a transition), this
          // map included, and the render it does commit must find the same manager again.
          manager =
            peekPreloadedCredentials(bucketConnectionId(access, name)) ??
            bucketCredentials(broker, name, bucketEndpoint(config, settings, name).provider);
          managers.current.set(name, manager);
        }
        return connectionOf(name, manager);
      },
      preparedBucket(name: string): BucketConnection | undefined {
        const manager =
          managers.current.get(name) ?? peekPreloadedCredentials(bucketConnectionId(access, name));
        return manager ? connectionOf(name, manager) : undefined;
      },
    };
    // `generation` is not read inside: a new one (managers were disposed) must give a new value, see above
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    generation,
    brokerUrl,
    bootstrap.isPending,
    broker,
    config,
    configFailed,
    configError,
    refetchConfig,
    presigner,
    settings,
    access,
  ]);

  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}
