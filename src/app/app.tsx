import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Layout, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import { useState } from 'react';

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <ConfigProvider locale={enUS} theme={{ token: { colorPrimary: '#ff6a00' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <Layout style={{ minHeight: '100vh' }}>
            <Layout.Header style={{ display: 'flex', alignItems: 'center' }}>
              <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 20 }}>
                OSS Link Console
              </Typography.Title>
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              <main>
                <Typography.Paragraph>
                  Share files kept in Alibaba Cloud OSS with signed links.
                </Typography.Paragraph>
              </main>
            </Layout.Content>
          </Layout>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
