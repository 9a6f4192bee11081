import { Alert, Button, Input, Space, Typography } from 'antd';
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
import { useToast } from '../../layout/toasts';

export function LinkWarnings({ warnings }: { warnings: LinkWarning[] }) {
  const t = useT();
  const language = useLanguage();
  if (warnings.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {warnings.map((w) => (
        <Alert
          key={w.code}
          showIcon
          type={w.severity}
          title={t(`urlPanel.warn.${w.code}` as MessageKey, {
            shortfall: formatDuration(w.shortfallMs ?? 0, language, 'minute'),
            time: w.effectiveExpiresAt ? formatLocalTime(w.effectiveExpiresAt, language) : '',
          })}
        />
      ))}
    </Space>
  );
}

export function LinkResult({
  link,
  publicAccess,
  onCheckPublic,
}: {
  link: SignedLink;
  /** whether the unsigned URL works: asked by the operator (a HEAD without signature) */
  publicAccess: boolean | 'unknown' | 'checking';
  onCheckPublic(): void;
}) {
  const t = useT();
  const message = useToast();
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
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <div>
        <Typography.Text strong>
          <label htmlFor="signed-url">{t('urlPanel.fullUrl')}</label>
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
      <ExpiryDescriptions
        urlExpiresAt={link.urlExpiresAt}
        effective={link.effective}
        credentialsExpireAt={link.credentialsExpireAt}
      />
      {publicAccess === 'unknown' || publicAccess === 'checking' ? (
        <Button
          size="small"
          loading={publicAccess === 'checking'}
          onClick={onCheckPublic}
          style={{ alignSelf: 'start' }}
        >
          {t('urlPanel.checkPublic')}
        </Button>
      ) : publicAccess === false ? (
        <Typography.Text type="secondary">{t('urlPanel.notPublic')}</Typography.Text>
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('urlPanel.public')}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
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
