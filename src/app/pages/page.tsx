import { Suspense, useEffect } from 'react';
import { lazyWithAntd } from '../layout/lazy-with-antd';
import { useT } from '../../i18n/use-t';
import { useConnectionSettings } from '../../state/settings-store';
import { useConnection } from '../connection/connection-context';
import { BrowsePage } from './browse-page';
import { ConnectionGate } from '../features/browse/connection-gate';

import { Link } from '../routing/link';
import type { Route } from '../routing/routes';
import { navigate } from '../routing/use-route';
import { Heading, Paragraph } from '../layout/text';
import { buttonClass, Flex, Notice, Spinner } from '../layout/controls';

const SettingsPage = lazyWithAntd(() =>
  import('../features/settings/settings-page').then((m) => m.SettingsPage),
);

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
      <Notice
        type="info"
        title={t('app.tagline')}
        action={
          <Link to={{ name: 'settings' }} className={buttonClass({ type: 'primary' })}>
            {t('nav.settings')}
          </Link>
        }
      />
    );
  }
  return <Spinner label={t('common.loading')} />;
}

export function Page({ route }: { route: Route }) {
  const t = useT();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return (
        <Suspense fallback={<Spinner label={t('common.loading')} />}>
          <SettingsPage />
        </Suspense>
      );
    case 'browse':
      return <BrowsePage bucket={route.bucket} prefix={route.prefix} search={route.search} />;
    case 'not-found':
      return (
        <Flex vertical gap={8} align="start">
          <Heading level={2}>{t('notFound.title')}</Heading>
          <Paragraph>{t('notFound.body', { path: route.path })}</Paragraph>
          <Link to={{ name: 'home' }}>{t('notFound.home')}</Link>
        </Flex>
      );
  }
}
