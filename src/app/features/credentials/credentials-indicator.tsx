// Header status: how long the current bucket's STS credentials have left, and whether they are being
// refreshed or the last refresh failed. A button refreshes them now.
import { KeyOutlined, ReloadOutlined } from '@ant-design/icons';
import { useDeferredValue } from 'react';
import { formatTimeLeft } from '../../../core/format/time-left';
import { formatTimeOfDay } from '../../link/format-time';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { CredentialsManager } from '../../../sts/credentials-manager';
import { useConnection } from '../../connection/connection-context';
import type { Route } from '../../routing/routes';
import { useCredentialsSecondsLeft, useCredentialsStatus } from '../../../state/session-store';
import { useCurrentBucket } from './use-credentials';
import { Button, Flex, Hint } from '../../layout/controls';

export function CredentialsIndicator({ route }: { route: Route }) {
  const connection = useConnection();
  const bucket = useCurrentBucket(route, connection);
  if (connection.status !== 'ready' || bucket === undefined) return null;
  return <Indicator bucket={bucket} manager={connection.bucket(bucket).credentials} />;
}

function Indicator({ bucket, manager }: { bucket: string; manager: CredentialsManager }) {
  const t = useT();
  const language = useLanguage();
  // not urgent: when credentials arrive the listing's request goes out before this header re-renders
  // (its first date format costs tens of milliseconds on a cold start)
  const snapshot = useDeferredValue(useCredentialsStatus(manager));
  const secondsLeft = useDeferredValue(useCredentialsSecondsLeft(manager));
  const expiresAt = snapshot.credentials?.expiresAt;
  let state: string;
  let color = 'rgba(255,255,255,0.85)';
  switch (snapshot.status) {
    case 'idle':
      state = t('credentials.idle');
      break;
    case 'loading':
      state = t('credentials.loading');
      break;
    case 'refreshing':
      state = t('credentials.refreshing');
      break;
    case 'error':
      state = t('credentials.error');
      color = '#ff9c8a';
      break;
    case 'ready':
      state =
        secondsLeft !== undefined && secondsLeft > 0
          ? t('credentials.timeLeft', { time: formatTimeLeft(secondsLeft * 1000) })
          : t('credentials.expired');
  }
  const expiry =
    expiresAt === undefined
      ? undefined
      : t('credentials.expiresAt', {
          bucket,
          time: formatTimeOfDay(expiresAt, language),
        });
  const busy = snapshot.status === 'loading' || snapshot.status === 'refreshing';
  return (
    <Flex align="center" gap={4} style={{ color, whiteSpace: 'nowrap' }}>
      <Hint text={expiry}>
        <span data-testid="credentials-indicator" style={{ fontVariantNumeric: 'tabular-nums' }}>
          <KeyOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
          {t('credentials.label')}: {state}
        </span>
      </Hint>
      <Hint text={t('credentials.refreshNow')}>
        <Button
          type="text"
          size="small"
          aria-label={t('credentials.refreshNow')}
          icon={<ReloadOutlined aria-hidden spin={busy} style={{ color }} />}
          disabled={busy}
          onClick={() => void manager.retry().catch(() => undefined)}
        />
      </Hint>
    </Flex>
  );
}
