// Connects the console: /console-config.json (where the broker is) → the broker's /config → one
// credentials manager per bucket. The operator's Settings override both.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPresigner } from '../../core/presign';
import type { BrokerAuth, BrokerClient } from '../../sts/broker-client';
import { createBrokerClient } from '../../sts/broker-client';
import { fetchConsoleBootstrap } from '../../sts/console-config';
import { brokerCredentialsSource, CredentialsManager } from '../../sts/credentials-manager';
import { useBrokerToken } from '../../state/broker-token-store';
import { useConnectionSettings } from '../../state/settings-store';
import type { BucketConnection } from './bucket-connection';
import { bucketEndpoint } from './bucket-connection';
import type { Connection } from './connection-context';
import { ConnectionContext } from './connection-context';

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const settings = useConnectionSettings();
  const token = useBrokerToken();
  const [presigner] = useState(() => createPresigner());
  const bootstrap = useQuery({
    queryKey: ['console-bootstrap'],
    queryFn: ({ signal }) => fetchConsoleBootstrap({ signal }),
    staleTime: Infinity,
  });
  const brokerUrl = settings.brokerUrl || bootstrap.data?.brokerUrl || '';
  const auth: BrokerAuth =
    settings.brokerAuth === 'bearer'
      ? { kind: 'bearer', token }
      : settings.brokerAuth === 'cookies'
        ? { kind: 'cookies' }
        : { kind: 'none' };
  const authKey = auth.kind === 'bearer' ? `bearer:${token.length > 0}` : auth.kind;

  const broker = useMemo<BrokerClient | Error | undefined>(() => {
    if (!brokerUrl) return undefined;
    try {
      return createBrokerClient({ brokerUrl, auth });
    } catch (e) {
      return e as Error;
    }
    // auth is rebuilt each render; authKey and token say when it really changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [brokerUrl, authKey, token]);

  const config = useQuery({
    queryKey: ['broker-config', brokerUrl, authKey],
    queryFn: ({ signal }) => (broker as BrokerClient).getConfig(signal),
    enabled: broker !== undefined && !(broker instanceof Error),
    staleTime: 5 * 60_000,
    retry: false,
  });

  // Credentials managers per bucket, for this broker and authentication; disposed when those change.
  const managers = useRef(new Map<string, CredentialsManager>());
  useEffect(() => {
    const current = managers.current;
    return () => {
      for (const m of current.values()) m.dispose();
      current.clear();
    };
  }, [broker]);

  const value = useMemo<Connection>(() => {
    if (!brokerUrl)
      return bootstrap.isPending ? { status: 'loading', brokerUrl: '' } : { status: 'needs-broker' };
    if (broker instanceof Error) return { status: 'error', brokerUrl, error: broker, retry: () => undefined };
    if (config.isError)
      return { status: 'error', brokerUrl, error: config.error, retry: () => void config.refetch() };
    if (!config.data || broker === undefined) return { status: 'loading', brokerUrl };
    const data = config.data;
    return {
      status: 'ready',
      brokerUrl,
      broker,
      config: data,
      presigner,
      bucket(name: string): BucketConnection {
        let manager = managers.current.get(name);
        if (!manager) {
          manager = new CredentialsManager({ source: brokerCredentialsSource(broker, { bucket: name }) });
          managers.current.set(name, manager);
        }
        return { ...bucketEndpoint(data, settings, name), credentials: manager };
      },
    };
  }, [brokerUrl, bootstrap.isPending, broker, config, presigner, settings]);

  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}
