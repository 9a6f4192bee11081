// The upload link and what to send the uploader: the URL, a curl command and a fetch snippet (each with a
// copy button), when it stops working, and who can use it.
import { WarningFilled } from '@ant-design/icons';
import { App, Button, Descriptions, Input, Space, Typography } from 'antd';
import { useId } from 'react';
import { curlSnippet, fetchSnippet } from '../../../core/upload/upload-snippets';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import { copyText } from '../../clipboard/copy-text';
import { formatLocalTime, formatUtc } from '../url-panel/format-time';
import type { SignedUploadLink } from './use-upload-link';

function CopyBlock({ label, text, copyLabel }: { label: string; text: string; copyLabel: string }) {
  const t = useT();
  const id = useId();
  const { message } = App.useApp();
  const copy = async () => {
    if (await copyText(text)) void message.success(t('upload.link.copied'));
    else {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      void message.warning(t('urlPanel.copyFailed'));
    }
  };
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>
          <label htmlFor={id}>{label}</label>
        </Typography.Text>
        <Button size="small" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </Space>
      <Input.TextArea
        id={id}
        readOnly
        value={text}
        autoSize={{ minRows: 2, maxRows: 10 }}
        style={{ fontFamily: 'monospace', fontSize: 12, marginTop: 4 }}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

export function UploadLinkResult({ link }: { link: SignedUploadLink }) {
  const t = useT();
  const language = useLanguage();
  const snippetInput = { url: link.url, contentType: link.contentType, contentMd5: link.contentMd5 };
  const shortened = link.effective.limitedBy === 'credentials';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <CopyBlock label={t('upload.link.url')} text={link.url} copyLabel={t('upload.link.copyUrl')} />
      <CopyBlock
        label={t('upload.link.curl')}
        text={curlSnippet(snippetInput)}
        copyLabel={t('upload.link.copyCurl')}
      />
      <CopyBlock
        label={t('upload.link.fetch')}
        text={fetchSnippet(snippetInput)}
        copyLabel={t('upload.link.copyFetch')}
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('urlPanel.expiresLocal')}>
          {formatLocalTime(link.urlExpiresAt, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('urlPanel.expiresUtc')}>
          <time dateTime={formatUtc(link.urlExpiresAt)}>{formatUtc(link.urlExpiresAt)}</time>
        </Descriptions.Item>
        <Descriptions.Item label={t('urlPanel.effective')}>
          {shortened && <WarningFilled aria-hidden style={{ color: '#ad6800', marginInlineEnd: 6 }} />}
          <Typography.Text strong data-testid="upload-effective-expiry">
            {formatLocalTime(link.effective.expiresAt, language)} ({formatUtc(link.effective.expiresAt)})
          </Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {t('urlPanel.effectiveNote')} ·{' '}
            {t('urlPanel.credentialsUntil', { time: formatLocalTime(link.credentialsExpireAt, language) })}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
