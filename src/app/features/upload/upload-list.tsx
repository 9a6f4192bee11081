// Every file of this session's uploads: where it goes, its state and progress, and what can be done with it.
import type { ProviderKind } from '../../../core/provider/link-provider';
import { Button, Progress, Space, Tag, Typography } from 'antd';
import { formatByteSize } from '../../../core/format/byte-size';
import type { Language, MessageKey } from '../../../i18n/messages';
import { describeFailure } from '../../errors/describe-failure';
import { useCloud } from '../../errors/cloud-context';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { UploadItem, UploadState } from '../../../upload/upload-queue';

// antd's preset tag colours fail WCAG contrast for small text: keep their tint, darken the text
const TAG_STYLE: Record<UploadState, { color?: string; text: string }> = {
  waiting: { text: '#434343' },
  checking: { color: 'processing', text: '#003eb3' },
  conflict: { color: 'warning', text: '#873800' },
  uploading: { color: 'processing', text: '#003eb3' },
  done: { color: 'success', text: '#135200' },
  skipped: { text: '#434343' },
  failed: { color: 'error', text: '#a8071a' },
  interrupted: { color: 'warning', text: '#873800' },
  canceled: { text: '#434343' },
};

/** What went wrong, with the fix: OSS errors and dead networks in the operator's words (describeFailure). */
function problemOf(error: unknown, language: Language, cloud: ProviderKind | undefined): string | undefined {
  if (error === undefined) return undefined;
  const f = describeFailure(error, language, { upload: true, provider: cloud });
  const facts = [f.code, f.requestId && `RequestId ${f.requestId}`].filter(Boolean).join(', ');
  return [f.title, f.fix, facts && `(${facts})`].filter(Boolean).join(' ');
}

export interface UploadRowActions {
  onCancel(id: number): void;
  onResume(id: number): void;
  onShare(item: UploadItem): void;
}

function UploadRow({ item, actions }: { item: UploadItem; actions: UploadRowActions }) {
  const t = useT();
  const language = useLanguage();
  const cloud = useCloud();
  const percent =
    item.size === 0 ? (item.state === 'done' ? 100 : 0) : Math.floor((item.loaded / item.size) * 100);
  // an error belongs to the attempt that failed: once the file is uploaded (or skipped) it is history
  const problem =
    item.state === 'failed' || item.state === 'interrupted'
      ? problemOf(item.error, language, cloud)
      : undefined;
  const active = ['waiting', 'checking', 'conflict', 'uploading'].includes(item.state);
  return (
    <li aria-label={item.key} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{item.key}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatByteSize(item.size, language)}
            {item.multipart ? ` · ${t('upload.multipart')}` : ''}
          </Typography.Text>
        </Space>
        <Space>
          <Tag color={TAG_STYLE[item.state].color} style={{ color: TAG_STYLE[item.state].text }}>
            {t(`upload.state.${item.state}` as MessageKey)}
          </Tag>
          {active && (
            <Button
              size="small"
              onClick={() => actions.onCancel(item.id)}
              aria-label={t('upload.cancelFile', { key: item.key })}
            >
              {t('upload.cancel')}
            </Button>
          )}
          {(item.state === 'interrupted' ||
            (item.state === 'failed' &&
              !(item.error instanceof Error && item.error.name === 'CoreInputError'))) && (
            <Button
              size="small"
              type="primary"
              onClick={() => actions.onResume(item.id)}
              aria-label={t('upload.resumeFile', { key: item.key })}
            >
              {item.state === 'interrupted' ? t('upload.resume') : t('upload.retry')}
            </Button>
          )}
          {item.state === 'done' && (
            <Button
              size="small"
              onClick={() => actions.onShare(item)}
              aria-label={t('upload.shareFile', { key: item.key })}
            >
              {t('upload.share')}
            </Button>
          )}
        </Space>
      </Space>
      {(item.state === 'uploading' || item.state === 'interrupted' || item.loaded > 0) &&
        item.state !== 'done' && (
          <Progress
            percent={percent}
            size="small"
            status={item.state === 'interrupted' ? 'exception' : 'active'}
            aria-label={t('upload.progressOf', { key: item.key })}
          />
        )}
      {problem && (
        <Typography.Text type="danger" style={{ fontSize: 12, wordBreak: 'break-word' }}>
          {problem}
        </Typography.Text>
      )}
    </li>
  );
}

export function UploadList({ items, actions }: { items: readonly UploadItem[]; actions: UploadRowActions }) {
  const t = useT();
  return (
    <ul aria-label={t('upload.files')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <UploadRow key={item.id} item={item} actions={actions} />
      ))}
    </ul>
  );
}
