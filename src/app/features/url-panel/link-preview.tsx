// Shows what the recipient will see, through an inline signed URL made with the current options.
import { Alert, Button, Image, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { HostKind } from '../../../core/endpoint/resolve-object-origin';
import { defaultHostRule } from '../../../core/link/default-host-rule';
import type { ProviderKind } from '../../../core/provider/link-provider';
import { getPreviewKind, isAppPackage, isForcedDownloadType } from '../../../core/link/content-kind';
import { useT } from '../../../i18n/use-t';

const TEXT_PREVIEW_BYTES = 64 * 1024;

function TextPreview({ url }: { url: string }) {
  const t = useT();
  const text = useQuery({
    queryKey: ['preview-text', url],
    queryFn: async ({ signal }) => {
      const res = await fetch(url, {
        headers: { Range: `bytes=0-${TEXT_PREVIEW_BYTES - 1}` },
        signal,
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      if (!res.ok && res.status !== 206) throw new Error(`HTTP ${res.status}`);
      return res.text();
    },
    retry: false,
    staleTime: Infinity,
  });
  if (text.isPending) return <Skeleton active />;
  if (text.isError)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('urlPanel.previewFailed', { reason: String(text.error.message) })}
      />
    );
  return (
    <Typography.Paragraph>
      <pre
        style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', margin: 0 }}
        data-testid="text-preview"
      >
        {text.data}
      </pre>
    </Typography.Paragraph>
  );
}

export function LinkPreview({
  url,
  objectKey,
  contentType,
  hostKind,
  attachment,
  provider = 'oss',
}: {
  url: string;
  objectKey: string;
  contentType: string;
  hostKind: HostKind;
  attachment: boolean;
  provider?: ProviderKind;
}) {
  const t = useT();
  const ossHost = provider === 'oss' && hostKind !== 'custom';
  // COS's own domains download everything on buckets from 2024 (core default-host rule): the preview is
  // what the console reads, not necessarily what the recipient sees (the warning above says why)
  const cosForced =
    provider === 'cos' &&
    defaultHostRule('cos', hostKind, attachment ? 'attachment' : 'inline')(objectKey, contentType).forced;
  // One warning per fact: the panel's warnings already say these (app-package-forbidden always, and
  // forced-download for inline links); the preview only says what they do not.
  if (ossHost && isAppPackage(objectKey)) return null;
  if (ossHost && isForcedDownloadType(contentType))
    return attachment ? <Alert type="info" showIcon title={t('urlPanel.previewForced')} /> : null;
  const kind = getPreviewKind(contentType);
  if (kind === 'none')
    return <Alert type="info" showIcon title={t('urlPanel.previewNone', { type: contentType })} />;
  const note = attachment ? (
    <Typography.Paragraph type="secondary">{t('urlPanel.previewAttachment')}</Typography.Paragraph>
  ) : cosForced ? (
    <Typography.Paragraph type="secondary" data-testid="preview-cos-note">
      {t('urlPanel.previewCosOwnHost')}
    </Typography.Paragraph>
  ) : null;
  const name = objectKey.slice(objectKey.lastIndexOf('/') + 1);
  return (
    <div>
      {note}
      {kind === 'image' && (
        <Image
          src={url}
          alt={name}
          referrerPolicy="no-referrer"
          style={{ maxWidth: '100%', maxHeight: 360 }}
        />
      )}
      {kind === 'video' && (
        <video
          src={url}
          controls
          preload="metadata"
          style={{ maxWidth: '100%', maxHeight: 360 }}
          aria-label={name}
        />
      )}
      {kind === 'audio' && <audio src={url} controls preload="metadata" aria-label={name} />}
      {kind === 'pdf' && (
        // Not embedded: a frame showing bucket content must be sandboxed, and browsers refuse to render a
        // PDF in a sandboxed frame. The recipient's view opens in its own tab, with no Referer.
        <Alert
          type="info"
          showIcon
          title={t('urlPanel.previewPdf')}
          action={
            <Button href={url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
              {t('urlPanel.previewPdfOpen', { name })}
            </Button>
          }
        />
      )}
      {kind === 'text' && <TextPreview url={url} />}
    </div>
  );
}
