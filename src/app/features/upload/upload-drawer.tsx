// Upload to the current folder with the console's STS credentials: drop or pick files and folders, watch
// each file and the total, answer name conflicts, cancel, resume. Uploads go on when the drawer closes.
import { Alert, Button, Drawer, Progress, Space, Typography } from 'antd';
import { formatByteSize } from '../../../core/format/byte-size';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { UploadItem, UploadQueue } from '../../../upload/upload-queue';
import { ConflictModal } from './conflict-modal';
import { DropZone } from './drop-zone';
import { StoredUploads } from './stored-uploads';
import { UploadList } from './upload-list';
import { useUploadSnapshot } from './use-upload-queue';

export function UploadDrawer({
  bucket,
  prefix,
  queue,
  open,
  onClose,
  onShare,
}: {
  bucket: string;
  prefix: string;
  queue: UploadQueue;
  open: boolean;
  onClose(): void;
  onShare(item: UploadItem): void;
}) {
  const t = useT();
  const language = useLanguage();
  const snapshot = useUploadSnapshot(queue);
  const { totals, items, conflict } = snapshot;
  const target = `${bucket}/${prefix}`;
  const percent = totals.bytes === 0 ? 0 : Math.floor((totals.loaded / totals.bytes) * 100);
  const interrupted = items.filter((i) => i.state === 'interrupted').length;
  const pendingQuestions = items.filter((i) => ['conflict', 'waiting', 'checking'].includes(i.state)).length;
  return (
    <Drawer open={open} onClose={onClose} size={720} title={t('upload.title', { target })}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <DropZone target={target} onFiles={(files) => queue.add(prefix, files)} />
        <StoredUploads stored={snapshot.stored} queue={queue} />
        {items.length > 0 && (
          <section aria-label={t('upload.progress')}>
            <Typography.Text role="status">
              {t('upload.totals', {
                finished: totals.finished,
                files: totals.files,
                loaded: formatByteSize(totals.loaded, language),
                bytes: formatByteSize(totals.bytes, language),
              })}
            </Typography.Text>
            <Progress
              percent={percent}
              status={totals.failed > 0 ? 'exception' : totals.active > 0 ? 'active' : 'success'}
              aria-label={t('upload.progress')}
            />
            <Space wrap>
              {totals.active > 0 && (
                <Button danger onClick={() => queue.cancelAll()}>
                  {t('upload.cancelAll')}
                </Button>
              )}
              {interrupted > 0 && (
                <Button type="primary" onClick={() => queue.resumeAll()}>
                  {t('upload.resumeAll', { count: interrupted })}
                </Button>
              )}
              {totals.finished > 0 && (
                <Button onClick={() => queue.clearFinished()}>{t('upload.clearFinished')}</Button>
              )}
            </Space>
          </section>
        )}
        {interrupted > 0 && <Alert type="warning" showIcon title={t('upload.interruptedHelp')} />}
        <UploadList
          items={items}
          actions={{ onCancel: (id) => queue.cancel(id), onResume: (id) => queue.resume(id), onShare }}
        />
      </Space>
      <ConflictModal
        key={conflict?.id}
        conflict={open ? conflict : undefined}
        others={Math.max(0, pendingQuestions - 1)}
        onChoose={(id, choice, rest) => queue.resolveConflict(id, choice, rest)}
      />
    </Drawer>
  );
}
