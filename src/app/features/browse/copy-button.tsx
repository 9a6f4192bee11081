import { CopyOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../clipboard/copy-text';
import { useToast } from '../../layout/toasts';
import { Button } from '../../layout/controls';

export function CopyButton({
  text,
  label,
  done,
  size,
}: {
  text: string;
  label: string;
  done: string;
  size?: 'small';
}) {
  const message = useToast();
  const t = useT();
  return (
    <Button
      size={size}
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
