import { createContext, useContext } from 'react';
import type { CosPresigner } from '../../core/cos/cos-presigner';
import type { Presigner } from '../../core/presign';
import type { BrokerClient } from '../../sts/broker-client';
import type { ConsoleConfig } from '../../sts/console-config';
import type { BucketConnection } from './bucket-connection';

export type Connection =
  | { status: 'needs-broker' }
  | { status: 'loading'; brokerUrl: string }
  | { status: 'error'; brokerUrl: string | undefined; error: unknown; retry(): void }
  | {
      status: 'ready';
      brokerUrl: string;
      broker: BrokerClient;
      config: ConsoleConfig;
      presigner: Promise<Presigner>;
      /** the COS signing core's presigner, made when a COS bucket first needs it */
      cosPresigner(): Promise<CosPresigner>;
      /** one per bucket, kept for the session (the same object while the connection is); credentials live
       * in memory only */
      bucket(name: string): BucketConnection;
      /** the bucket's connection if its credentials manager exists already (made, or preloaded by the
       * entry: first-screen.ts), else undefined; creates nothing, so a render may ask */
      preparedBucket(name: string): BucketConnection | undefined;
    };

export const ConnectionContext = createContext<Connection>({ status: 'needs-broker' });

export function useConnection(): Connection {
  return useContext(ConnectionContext);
}

/** For components under a ready connection (the browse page and its panels). */
export function useReadyConnection(): Extract<Connection, { status: 'ready' }> {
  const c = useConnection();
  if (c.status !== 'ready') throw new Error('useReadyConnection outside a ready connection');
  return c;
}
