// Where files and folders are dropped, or picked with two buttons (keyboard and screen-reader friendly).
import { FolderOpenOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { entriesOf, filesFromEntries, filesFromInput, type PickedFile } from './picked-files';

export function DropZone({ target, onFiles }: { target: string; onFiles(files: PickedFile[]): void }) {
  const t = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const picked = (input: HTMLInputElement) => {
    if (input.files && input.files.length > 0) onFiles(filesFromInput(input.files));
    input.value = ''; // picking the same file again must fire change again
  };
  return (
    <section
      aria-label={t('upload.dropZone')}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const entries = entriesOf(e.dataTransfer); // now: the browser empties it after the event
        void filesFromEntries(entries).then((files) => files.length > 0 && onFiles(files));
      }}
      style={{
        border: `2px dashed ${over ? '#1677ff' : '#bfbfbf'}`,
        borderRadius: 8,
        padding: 24,
        textAlign: 'center',
        background: over ? '#e6f4ff' : '#fafafa',
      }}
    >
      <InboxOutlined aria-hidden style={{ fontSize: 40, color: '#1677ff' }} />
      <Typography.Paragraph style={{ margin: '8px 0' }}>
        {t('upload.dropHint', { target })}
      </Typography.Paragraph>
      <Space wrap style={{ justifyContent: 'center' }}>
        <Button icon={<UploadOutlined aria-hidden />} onClick={() => filesInput.current?.click()}>
          {t('upload.chooseFiles')}
        </Button>
        <Button icon={<FolderOpenOutlined aria-hidden />} onClick={() => folderInput.current?.click()}>
          {t('upload.chooseFolder')}
        </Button>
      </Space>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label={t('upload.chooseFiles')}
        data-testid="upload-files-input"
        onChange={(e) => picked(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label={t('upload.chooseFolder')}
        data-testid="upload-folder-input"
        // React does not know the attribute; the folder picker needs it
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => picked(e.currentTarget)}
      />
    </section>
  );
}
