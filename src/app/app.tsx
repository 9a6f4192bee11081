import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createConsoleQueryClient } from './query-client';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useLanguage } from '../state/settings-store';
import { ConnectionProvider } from './connection/connection-provider';
import { CredentialsBanner } from './features/credentials/credentials-banner';
import { CredentialsIndicator } from './features/credentials/credentials-indicator';
import { AppLayout } from './layout/app-layout';
import { useReducedMotion } from './layout/use-reduced-motion';
import { ToastProvider } from './layout/toasts';
import { Page } from './pages/page';
import { useRoute } from './routing/use-route';

/** `queryClient`: the entry's, already fetching what the first screen needs (prefetchConnection). */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createConsoleQueryClient());
  const language = useLanguage();
  const route = useRoute();
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      // "打开", not "打 开": no space inserted between two Chinese characters on buttons
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          // prefers-reduced-motion: antd's zooms and slides off too (WCAG 2.3.3)
          motion: !reducedMotion,
          colorPrimary: '#b34100',
          // WCAG AA contrast on the grey layout background (antd's defaults fall short there)
          colorLink: '#a33b00',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
        },
      }}
    >
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
    </ConfigProvider>
  );
}
