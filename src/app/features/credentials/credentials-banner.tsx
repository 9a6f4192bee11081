// Shown above the page when the broker did not renew the credentials. Retry asks again; the page below
// (route, selection, an open URL panel) stays as it is.
import type { ProviderKind } from '../../../core/provider/link-provider';
import { useState } from 'react';
import { formatTimeLeft } from '../../../core/format/time-left';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { CredentialsManager } from '../../../sts/credentials-manager';
import { useConnection } from '../../connection/connection-context';
import type { Route } from '../../routing/routes';
import { describeFailure } from '../../errors/describe-failure';
import { useCredentialsSecondsLeft, useCredentialsStatus } from '../../../state/session-store';
import { useCurrentBucket } from './use-credentials';
import { Button, Flex, Notice } from '../../layout/controls';

export function CredentialsBanner({ route }: { route: Route }) {
  const connection = useConnection();
  const bucket = useCurrentBucket(route, connection);
  if (connection.status !== 'ready' || bucket === undefined) return null;
  const bucketConnection = connection.bucket(bucket);
  return <Banner bucket={bucket} cloud={bucketConnection.provider} manager={bucketConnection.credentials} />;
}

function Banner({
  bucket,
  cloud,
  manager,
}: {
  bucket: string;
  cloud: ProviderKind;
  manager: CredentialsManager;
}) {
  const snapshot = useCredentialsStatus(manager);
  if (snapshot.status !== 'error') return null;
  return <FailedRefresh bucket={bucket} cloud={cloud} manager={manager} error={snapshot.error} />;
}

function FailedRefresh({
  bucket,
  cloud,
  manager,
  error,
}: {
  bucket: string;
  cloud: ProviderKind;
  manager: CredentialsManager;
  error: unknown;
}) {
  const t = useT();
  const language = useLanguage();
  const secondsLeft = useCredentialsSecondsLeft(manager);
  const [retrying, setRetrying] = useState(false);
  const failure = describeFailure(error, language, { provider: cloud });
  const retry = () => {
    setRetrying(true);
    manager
      .retry()
      .catch(() => undefined)
      .finally(() => setRetrying(false));
  };
  return (
    <Notice
      type="error"
      role="alert"
      // Sticky above the drawer mask (z-index 1000), and narrow enough to stay left of the 760 px URL
      // panel on wide screens: Retry stays reachable with the panel open, and the panel stays readable.
      style={{
        marginBottom: 16,
        position: 'sticky',
        top: 8,
        zIndex: 1100,
        maxWidth: 'max(480px, calc(100vw - 840px))',
      }}
      title={t('credentials.bannerTitle', { bucket })}
      description={
        <Flex vertical gap={2}>
          <span>{failure.title}</span>
          {failure.fix && <span>{failure.fix}</span>}
          {failure.requestId && <span>{t('common.requestId', { id: failure.requestId })}</span>}
          {secondsLeft !== undefined && secondsLeft > 0 && (
            <span>{t('credentials.bannerStillValid', { time: formatTimeLeft(secondsLeft * 1000) })}</span>
          )}
        </Flex>
      }
      action={
        <Button onClick={retry} loading={retrying}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
