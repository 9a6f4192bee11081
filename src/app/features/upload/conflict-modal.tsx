// "This name is taken": skip, overwrite or keep both (the new file gets "name (1).ext"), optionally for
// every other file that meets the same question.
import { Button, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ConflictChoice, UploadItem } from '../../../upload/upload-queue';

export function ConflictModal({
  conflict,
  others,
  onChoose,
}: {
  conflict: UploadItem | undefined;
  /** other files waiting for the same question */
  others: number;
  onChoose(id: number, choice: ConflictChoice, applyToRest: boolean): void;
}) {
  const t = useT();
  const [applyToRest, setApplyToRest] = useState(false);
  const choose = (choice: ConflictChoice) => conflict && onChoose(conflict.id, choice, applyToRest);
  return (
    <Modal
      open={conflict !== undefined}
      title={t('upload.conflict.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space wrap>
          <Button onClick={() => choose('skip')}>{t('upload.conflict.skip')}</Button>
          <Button danger onClick={() => choose('overwrite')}>
            {t('upload.conflict.overwrite')}
          </Button>
          <Button type="primary" onClick={() => choose('keep-both')}>
            {t('upload.conflict.keepBoth')}
          </Button>
        </Space>
      }
    >
      {conflict && (
        <Space orientation="vertical">
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('upload.conflict.body')}{' '}
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {conflict.key}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('upload.conflict.keepBothHelp')}</Typography.Text>
          {others > 0 && (
            <Checkbox checked={applyToRest} onChange={(e) => setApplyToRest(e.target.checked)}>
              {t('upload.conflict.applyToRest', { count: others })}
            </Checkbox>
          )}
        </Space>
      )}
    </Modal>
  );
}
