// @vitest-environment jsdom
// The provider hands the bucket page the credentials the entry preloaded: from the first render, the same
// manager (one /sts request in all), and one BucketConnection object per bucket while the connection lasts.
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, Suspense, useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACTORY_CONNECTION } from '../../state/settings-store';
import { createConsoleQueryClient } from '../query-client';
import { parseRoute } from '../routing/routes';
import type { BucketConnection } from './bucket-connection';
import { brokerAccessFor, brokerQueries } from './broker-queries';
import { useConnection, type Connection } from './connection-context';
import { ConnectionProvider } from './connection-provider';
import { preloadFirstScreen } from './first-screen';
import { useBucketConnection } from './use-bucket-connection';
import { PHOTOS_CONFIG as config, stsAnswer } from './connection.test-kit';

const access = brokerAccessFor(FACTORY_CONNECTION, 'http://broker.test', 0);

function serveBroker() {
  const sts: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request) => {
      const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
      if (url.pathname === '/sts') {
        sts.push(url.href);
        return stsAnswer();
      }
      // listings: an empty folder is enough here
      return new Response('<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>', {
        headers: { 'Content-Type': 'application/xml' },
      });
    }),
  );
  return sts;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Probe({ seen }: { seen: Array<{ connection: Connection; bucket: BucketConnection | undefined }> }) {
  const connection = useConnection();
  if (connection.status !== 'ready') return null;
  return <Ready connection={connection} seen={seen} />;
}
function Ready({
  connection,
  seen,
}: {
  connection: Extract<Connection, { status: 'ready' }>;
  seen: Array<{ connection: Connection; bucket: BucketConnection | undefined }>;
}) {
  seen.push({ connection, bucket: useBucketConnection(connection, 'photos') });
  return null;
}

function mount(preload: boolean) {
  const queryClient = createConsoleQueryClient();
  queryClient.setQueryData(brokerQueries.bootstrap().queryKey, { brokerUrl: 'http://broker.test' });
  queryClient.setQueryData(brokerQueries.config(access).queryKey, config);
  if (preload)
    void preloadFirstScreen(queryClient, {
      access,
      config,
      settings: FACTORY_CONNECTION,
      route: parseRoute('/b/photos/', ''),
    });
  const seen: Array<{ connection: Connection; bucket: BucketConnection | undefined }> = [];
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider>
        <Probe seen={seen} />
      </ConnectionProvider>
    </QueryClientProvider>,
  );
  return seen;
}

describe('ConnectionProvider and the preloaded first screen', () => {
  it('a preloaded bucket is there from the first render, with the preloaded manager: one /sts request', async () => {
    const sts = serveBroker();
    const seen = mount(true);
    expect(seen[0]!.bucket?.name).toBe('photos');
    const first = seen[0]!.bucket!;
    await waitFor(() => expect(sts).toHaveLength(1));
    // the effect's own ask (connection.bucket) claims the same manager: nothing new is made or asked
    await waitFor(() => expect(seen.at(-1)!.bucket).toBe(first));
    expect(seen[0]!.connection.status === 'ready' && seen[0]!.connection.bucket('photos')).toBe(first);
    expect(sts).toHaveLength(1);
    first.credentials.dispose();
  });

  it('a first render thrown away before its commit (suspended, or restarted by a transition) does not lose the preloaded manager: still one /sts request', async () => {
    const sts = serveBroker();
    const queryClient = createConsoleQueryClient();
    queryClient.setQueryData(brokerQueries.bootstrap().queryKey, { brokerUrl: 'http://broker.test' });
    queryClient.setQueryData(brokerQueries.config(access).queryKey, config);
    void preloadFirstScreen(queryClient, {
      access,
      config,
      settings: FACTORY_CONNECTION,
      route: parseRoute('/b/photos/', ''),
    });
    // React keeps nothing of a mount that never committed (the provider's refs included): here the first
    // render asks for the bucket, then suspends above the provider, so that render is discarded
    let gate: Promise<void> | undefined = new Promise<void>((resolve) => setTimeout(resolve, 20));
    const asked: BucketConnection[] = [];
    function AskThenSuspend() {
      const connection = useConnection();
      if (connection.status !== 'ready') return null;
      asked.push(connection.bucket('photos'));
      if (gate) {
        const waiting = gate;
        void waiting.then(() => (gate = undefined));
        throw waiting;
      }
      return <span data-testid="drawn">drawn</span>;
    }
    render(
      <Suspense fallback={null}>
        <QueryClientProvider client={queryClient}>
          <ConnectionProvider>
            <AskThenSuspend />
          </ConnectionProvider>
        </QueryClientProvider>
      </Suspense>,
    );
    await screen.findByTestId('drawn');
    expect(asked.length).toBeGreaterThan(1);
    // every render got the preloaded manager, and nobody asked the broker again
    expect(new Set(asked.map((b) => b.credentials)).size).toBe(1);
    await waitFor(() => expect(sts).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sts).toHaveLength(1);
    asked[0]!.credentials.dispose();
  });

  it('without a preload, the first render has no bucket yet (nothing is created during render); the effect makes it', async () => {
    const sts = serveBroker();
    const seen = mount(false);
    expect(seen[0]!.bucket).toBeUndefined();
    await waitFor(() => expect(seen.at(-1)!.bucket?.name).toBe('photos'));
    await waitFor(() => expect(sts).toHaveLength(1));
    seen.at(-1)!.bucket!.credentials.dispose();
  });

  it("StrictMode (development): what a render asked for is never left on a disposed manager (the header's indicator)", async () => {
    serveBroker();
    const queryClient = createConsoleQueryClient();
    queryClient.setQueryData(brokerQueries.bootstrap().queryKey, { brokerUrl: 'http://broker.test' });
    queryClient.setQueryData(brokerQueries.config(access).queryKey, config);
    // as CredentialsIndicator: the bucket asked for during render, its snapshot shown
    function Indicator() {
      const connection = useConnection();
      if (connection.status !== 'ready') return null;
      return <Status manager={connection.bucket('photos').credentials} />;
    }
    function Status({ manager }: { manager: BucketConnection['credentials'] }) {
      const snapshot = useSyncExternalStore(manager.subscribe, manager.getSnapshot);
      return <span data-testid="status">{snapshot.status}</span>;
    }
    const seen: Array<{ connection: Connection; bucket: BucketConnection | undefined }> = [];
    render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <ConnectionProvider>
            <Indicator />
            <Probe seen={seen} />
          </ConnectionProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('ready'));
    seen.at(-1)!.bucket!.credentials.dispose();
  });
});
