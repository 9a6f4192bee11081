import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useT } from '../../../i18n/use-t';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Not a secure context, or permission refused: the legacy path still works on a user gesture.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const { message } = App.useApp();
  const t = useT();
  return (
    <Button
      icon={<CopyOutlined aria-hidden />}
      onClick={async () => {
        if (await writeClipboard(text)) void message.success(done);
        else void message.warning(t('browse.error.copyFailed'));
      }}
    >
      {label}
    </Button>
  );
}
