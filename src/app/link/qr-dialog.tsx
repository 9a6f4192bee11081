// The link as a QR code that scans from an ordinary screen: every module at least 4 device pixels with
// the 4-module quiet zone (core planQrCode), drawn at the screen's pixel ratio. A URL too long to scan
// comfortably says so and offers its shorter form (V1 is shorter than V4); one too long for any QR code
// says that instead of drawing something unreadable.
import { Alert, Button, Flex, Modal, QRCode } from 'antd';
import { planQrCode } from '../../core/link/qr-size';
import { useT } from '../../i18n/use-t';
import { useReturnFocus } from '../layout/use-return-focus';

export interface ShorterLink {
  /** characters the shorter form saves */
  savedCharacters: number;
  use(): void;
}

const encoder = new TextEncoder();

export function QrDialog({
  url,
  shorter,
  onClose,
}: {
  url: string;
  shorter?: ShorterLink | undefined;
  onClose(): void;
}) {
  const t = useT();
  useReturnFocus(true);
  const plan = planQrCode(encoder.encode(url).length);
  return (
    <Modal open title={t('urlPanel.qr')} onCancel={onClose} footer={null} width="auto" centered>
      <Flex vertical gap={12} align="center">
        {plan === undefined ? (
          <Alert type="error" showIcon title={t('qr.tooLong', { length: url.length })} />
        ) : (
          <>
            {plan.hardToScan && (
              <Alert
                type="warning"
                showIcon
                title={t('qr.hardToScan', { version: plan.version })}
                action={
                  shorter && (
                    <Button size="small" onClick={shorter.use}>
                      {t('qr.useShorter', { saved: shorter.savedCharacters })}
                    </Button>
                  )
                }
              />
            )}
            <QRCode
              value={url}
              errorLevel="L"
              size={plan.sizePx}
              marginSize={4}
              bordered={false}
              color="#000000"
              bgColor="#ffffff"
              aria-label={t('qr.label')}
              data-modules={plan.modules}
            />
          </>
        )}
      </Flex>
    </Modal>
  );
}
