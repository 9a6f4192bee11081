import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../clipboard/copy-text';

export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const { message } = App.useApp();
  const t = useT();
  return (
    <Button
      icon={<CopyOutlined aria-hidden />}
      onClick={async () => {
        if (await copyText(text)) void message.success(done);
        else void message.warning(t('browse.error.copyFailed'));
      }}
    >
      {label}
    </Button>
  );
}
