// What Browse shows until the broker's /config is known: loading, "configure a broker", or the failure.
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { Connection } from '../../connection/connection-context';
import { Link } from '../../routing/link';
import { describeFailure } from '../../errors/describe-failure';
import { Button, buttonClass, Flex, LoadingRows, Notice } from '../../layout/controls';

export function ConnectionGate({ connection }: { connection: Exclude<Connection, { status: 'ready' }> }) {
  const t = useT();
  const language = useLanguage();
  const settingsLink = (
    <Link to={{ name: 'settings' }} className={buttonClass()}>
      {t('browse.connection.openSettings')}
    </Link>
  );
  switch (connection.status) {
    case 'loading':
      return <LoadingRows rows={6} label={t('browse.connection.loading')} />;
    case 'needs-broker':
      return <Notice type="info" title={t('browse.connection.needsBroker')} action={settingsLink} />;
    case 'error': {
      const failure = describeFailure(connection.error, language);
      return (
        <Notice
          type="error"
          title={t('browse.connection.failed')}
          description={
            <Flex vertical gap={4}>
              <span>{failure.title}</span>
              {failure.fix && <span>{failure.fix}</span>}
              {failure.requestId && <span>{t('common.requestId', { id: failure.requestId })}</span>}
            </Flex>
          }
          action={
            <Flex vertical gap={8}>
              <Button onClick={connection.retry}>{t('common.retry')}</Button>
              {settingsLink}
            </Flex>
          }
        />
      );
    }
  }
}
