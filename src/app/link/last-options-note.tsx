// Which link options are remembered is visible: a form that starts from the operator's last options
// says so, with one click back to the defaults (an export never inherits a 9 h validity unseen).
import { Button, Flex, Typography } from 'antd';
import { FACTORY_LINK_DEFAULTS, type LinkDefaults } from '../../state/settings-store';
import { useT } from '../../i18n/use-t';

export function differsFromFactory(d: LinkDefaults): boolean {
  return JSON.stringify(d) !== JSON.stringify(FACTORY_LINK_DEFAULTS);
}

export function LastOptionsNote({ onReset }: { onReset(): void }) {
  const t = useT();
  return (
    <Flex align="center" gap={8} wrap data-testid="last-options">
      <Typography.Text type="secondary">{t('link.lastOptions')}</Typography.Text>
      <Button size="small" type="link" onClick={onReset} style={{ paddingInline: 0 }}>
        {t('link.resetOptions')}
      </Button>
    </Flex>
  );
}
