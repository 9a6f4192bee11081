// The upload link and what to send the uploader: the URL, a curl command and a fetch snippet (each with a
// copy button), when it stops working, and who can use it.
import { Button, Input, Space, Typography } from 'antd';
import { useId } from 'react';
import { curlSnippet, fetchSnippet } from '../../../upload/upload-snippets';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../clipboard/copy-text';
import { ExpiryDescriptions } from '../../link/expiry-descriptions';
import type { SignedUploadLink } from '../../../oss/link-signing';
import { useToast } from '../../layout/toasts';

function CopyBlock({ label, text, copyLabel }: { label: string; text: string; copyLabel: string }) {
  const t = useT();
  const id = useId();
  const message = useToast();
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
  const snippetInput = { url: link.url, contentType: link.contentType, contentMd5: link.contentMd5 };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
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
      <ExpiryDescriptions
        urlExpiresAt={link.urlExpiresAt}
        effective={link.effective}
        credentialsExpireAt={link.credentialsExpireAt}
      />
    </Space>
  );
}
