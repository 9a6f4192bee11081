import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createConsoleQueryClient } from './query-client';
import { useEffect, useState } from 'react';
import { useLanguage } from '../state/settings-store';
import { ConnectionProvider } from './connection/connection-provider';
import { CredentialsBanner } from './features/credentials/credentials-banner';
import { CredentialsIndicator } from './features/credentials/credentials-indicator';
import { AppLayout } from './layout/app-layout';
import { ToastProvider } from './layout/toasts';
import { Page } from './pages/page';
import { useRoute } from './routing/use-route';

/** `queryClient`: the entry's, already fetching what the first screen needs (prefetchConnection). */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createConsoleQueryClient());
  const language = useLanguage();
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ToastProvider>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>
          <AppLayout
            route={route}
            status={<CredentialsIndicator route={route} />}
            banner={<CredentialsBanner route={route} />}
          >
            <Page route={route} />
          </AppLayout>
        </ConnectionProvider>
      </QueryClientProvider>
    </ToastProvider>
  );
}
