import { Alert, Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useConnectionSettings } from '../../state/settings-store';
import { useConnection } from '../connection/connection-context';
import { BrowsePage } from './browse-page';
import { ConnectionGate } from '../features/browse/connection-gate';
import { SettingsPage } from '../features/settings/settings-page';
import { Link } from '../routing/link';
import type { Route } from '../routing/routes';
import { navigate } from '../routing/use-route';

function HomePage() {
  const connection = useConnection();
  const { bucket } = useConnectionSettings();
  const t = useT();
  useEffect(() => {
    if (connection.status === 'ready') {
      navigate(
        { name: 'browse', bucket: bucket || connection.config.defaultBucket, prefix: '', search: '' },
        { replace: true },
      );
    }
  }, [connection, bucket]);
  if (connection.status === 'error') return <ConnectionGate connection={connection} />;
  if (connection.status === 'needs-broker') {
    return (
      <Alert
        type="info"
        showIcon
        title={t('app.tagline')}
        action={
          <Link to={{ name: 'settings' }}>
            <Button type="primary">{t('nav.settings')}</Button>
          </Link>
        }
      />
    );
  }
  return <Spin />;
}

export function Page({ route }: { route: Route }) {
  const t = useT();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return <SettingsPage />;
    case 'browse':
      return <BrowsePage bucket={route.bucket} prefix={route.prefix} search={route.search} />;
    case 'not-found':
      return (
        <Result
          status="404"
          title={t('notFound.title')}
          subTitle={t('notFound.body', { path: route.path })}
          extra={<Link to={{ name: 'home' }}>{t('notFound.home')}</Link>}
        />
      );
  }
}
