// Multipart uploads an earlier session left unfinished (a reload, a closed tab): resume one by picking the
// same file again, or discard it (its parts are deleted from OSS).
import { Alert, Button, Space, Typography } from 'antd';
import { useRef } from 'react';
import { formatByteSize } from '../../../core/format/byte-size';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { StoredUpload } from '../../../upload/checkpoint-store';
import type { UploadQueue } from '../../../upload/upload-queue';
import { useToast } from '../../layout/toasts';

function StoredRow({ entry, queue }: { entry: StoredUpload; queue: UploadQueue }) {
  const t = useT();
  const language = useLanguage();
  const message = useToast();
  const input = useRef<HTMLInputElement>(null);
  const parts = Math.ceil(entry.checkpoint.fileSize / entry.checkpoint.partSize);
  return (
    <li aria-label={entry.key} style={{ padding: '4px 0' }}>
      <Space wrap>
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {entry.key}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('upload.stored.progress', {
            done: entry.checkpoint.doneParts.length,
            parts,
            file: entry.file.name,
            size: formatByteSize(entry.file.size, language),
          })}
        </Typography.Text>
        <Button
          size="small"
          type="primary"
          onClick={() => input.current?.click()}
          aria-label={t('upload.stored.resumeFile', { key: entry.key })}
        >
          {t('upload.stored.resume')}
        </Button>
        <Button
          size="small"
          onClick={() => void queue.discardStored(entry.key)}
          aria-label={t('upload.stored.discardFile', { key: entry.key })}
        >
          {t('upload.stored.discard')}
        </Button>
      </Space>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('upload.stored.pick', { key: entry.key })}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file && !queue.resumeStored(entry.key, file)) {
            void message.error(
              t('upload.stored.notSameFile', {
                file: entry.file.name,
                size: formatByteSize(entry.file.size, language),
              }),
            );
          }
        }}
      />
    </li>
  );
}

export function StoredUploads({ stored, queue }: { stored: readonly StoredUpload[]; queue: UploadQueue }) {
  const t = useT();
  if (stored.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('upload.stored.title', { count: stored.length })}
      description={
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {stored.map((entry) => (
            <StoredRow key={entry.key} entry={entry} queue={queue} />
          ))}
        </ul>
      }
    />
  );
}
