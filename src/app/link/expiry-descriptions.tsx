// When a signed link stops working: its own expiry (local time and UTC) and the effective one, the
// earlier of the URL's and the credentials' (download and upload links alike).
import { WarningFilled } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { isMaterialShortfall, type EffectiveExpiry } from '../../core/expiry/effective-expiry';
import { useT } from '../../i18n/use-t';
import { useLanguage } from '../../state/settings-store';
import { formatLocalTime, formatUtc } from './format-time';

export function ExpiryDescriptions({
  urlExpiresAt,
  effective,
  credentialsExpireAt,
}: {
  urlExpiresAt: number;
  effective: EffectiveExpiry;
  credentialsExpireAt: number;
}) {
  const t = useT();
  const language = useLanguage();
  // the one rule: credentials ending within the clock-skew margin of the link do not cut it short
  const shortened = isMaterialShortfall(effective);
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('urlPanel.expiresLocal')}>
        {formatLocalTime(urlExpiresAt, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('urlPanel.expiresUtc')}>
        <time dateTime={formatUtc(urlExpiresAt)}>{formatUtc(urlExpiresAt)}</time>
      </Descriptions.Item>
      <Descriptions.Item label={t('urlPanel.effective')}>
        {/* default text colour: antd's warning orange fails contrast; the icon and the alert below say why */}
        {shortened && (
          <WarningFilled
            aria-hidden
            data-testid="shortfall-icon"
            style={{ color: '#ad6800', marginInlineEnd: 6 }}
          />
        )}
        <Typography.Text strong data-testid="effective-expiry">
          {formatLocalTime(effective.expiresAt, language)} ({formatUtc(effective.expiresAt)})
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {t('urlPanel.effectiveNote')} ·{' '}
          {t('urlPanel.credentialsUntil', { time: formatLocalTime(credentialsExpireAt, language) })}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
