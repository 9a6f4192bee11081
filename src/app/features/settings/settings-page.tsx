import { Typography } from 'antd';
import { useT } from '../../../i18n/use-t';

/** Placeholder until the Settings page lands. */
export function SettingsPage() {
  const t = useT();
  return <Typography.Title level={2}>{t('nav.settings')}</Typography.Title>;
}
