import { App, Alert, Button, Input, Popover, QRCode, Space, Typography } from 'antd';
import { useRef } from 'react';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { LinkWarning } from '../../../core/link/link-warnings';
import type { MessageKey } from '../../../i18n/messages';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import { copyText } from '../../clipboard/copy-text';
import { ExpiryDescriptions } from '../../link/expiry-descriptions';
import { formatDuration, formatLocalTime } from '../../link/format-time';
import type { SignedLink } from '../../../oss/link-signing';

export function LinkWarnings({ warnings }: { warnings: LinkWarning[] }) {
  const t = useT();
  const language = useLanguage();
  if (warnings.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {warnings.map((w) => (
        <Alert
          key={w.code}
          showIcon
          type={w.severity}
          message={t(`urlPanel.warn.${w.code}` as MessageKey, {
            shortfall: formatDuration(w.shortfallMs ?? 0, language),
            time: w.effectiveExpiresAt ? formatLocalTime(w.effectiveExpiresAt, language) : '',
          })}
        />
      ))}
    </Space>
  );
}

export function LinkResult({ link, isPublic }: { link: SignedLink; isPublic: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const urlBox = useRef<TextAreaRef>(null);
  const copy = async (text: string) => {
    if (await copyText(text)) {
      void message.success(t('urlPanel.copied'));
    } else {
      urlBox.current?.resizableTextArea?.textArea.select();
      void message.warning(t('urlPanel.copyFailed'));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div>
        <Typography.Text strong>
          <label htmlFor="signed-url">{t('urlPanel.url')}</label>
        </Typography.Text>
        <Input.TextArea
          id="signed-url"
          ref={urlBox}
          readOnly
          value={link.url}
          autoSize={{ minRows: 3, maxRows: 8 }}
          style={{ fontFamily: 'monospace', fontSize: 12, marginTop: 4 }}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <Space wrap>
        <Button type="primary" onClick={() => void copy(link.url)}>
          {t('urlPanel.copy')}
        </Button>
        <Button href={link.url} target="_blank" rel="noopener noreferrer">
          {t('urlPanel.open')}
        </Button>
        <Popover
          trigger="click"
          content={<QRCode value={link.url} errorLevel="L" size={240} bordered={false} />}
        >
          <Button>{t('urlPanel.qr')}</Button>
        </Popover>
      </Space>
      <ExpiryDescriptions
        urlExpiresAt={link.urlExpiresAt}
        effective={link.effective}
        credentialsExpireAt={link.credentialsExpireAt}
      />
      {isPublic && (
        <Alert
          type="info"
          showIcon
          message={t('urlPanel.public')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text code copyable={false} aria-label={t('urlPanel.publicUrl')}>
                {link.plainUrl}
              </Typography.Text>
              <Button size="small" onClick={() => void copy(link.plainUrl)}>
                {t('urlPanel.copyPublic')}
              </Button>
            </Space>
          }
        />
      )}
    </Space>
  );
}
