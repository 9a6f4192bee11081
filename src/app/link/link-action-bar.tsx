// The link's action bar, in view whatever the form's length: a one-line preview of the exact URL, Copy,
// Open and QR. It offers a URL only when it is the one the form describes: while a field is invalid or
// the link is being signed again, there is nothing to copy, open or scan, and the bar says why.
import { Button, Flex, Modal, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { copyText } from '../clipboard/copy-text';
import type { ShorterLink } from './qr-dialog';
import { useToast } from '../layout/toasts';

const QrDialog = lazy(() => import('./qr-dialog').then((m) => ({ default: m.QrDialog })));

export type LinkState =
  | { kind: 'ready'; url: string }
  /** the form cannot make a link: why, and what to do */
  | { kind: 'blocked'; reason: string }
  /** the form changed: the link is being made again */
  | { kind: 'updating' }
  | { kind: 'failed'; reason: string };

export interface LinkActionBarProps {
  state: LinkState;
  /** "Signed URL", "Upload URL" */
  label: string;
  /** Open is for links a browser can follow (GET) */
  openable?: boolean;
  /** the same link in a shorter form, for a QR code that would be hard to scan */
  shorter?: ShorterLink | undefined;
  /** the link will not work as it stands (a domain that does not serve the bucket): Copy asks first */
  confirmCopy?: { title: string; body: string; ok: string } | undefined;
}

export function LinkActionBar({ state, label, openable = true, shorter, confirmCopy }: LinkActionBarProps) {
  const t = useT();
  const message = useToast();
  const [modal, modalHolder] = Modal.useModal();
  const [qrOpen, setQrOpen] = useState(false);
  const url = state.kind === 'ready' ? state.url : undefined;
  const status =
    state.kind === 'ready'
      ? undefined
      : state.kind === 'updating'
        ? t('link.updating')
        : t('link.blocked', { reason: state.reason });
  const copyNow = async (text: string) => {
    if (await copyText(text)) void message.success(t('urlPanel.copied'));
    else void message.warning(t('urlPanel.copyFailed'));
  };
  const copy = async () => {
    if (url === undefined) return;
    if (!confirmCopy) return copyNow(url);
    const ok = await modal.confirm({
      title: confirmCopy.title,
      content: confirmCopy.body,
      okText: confirmCopy.ok,
      cancelText: t('common.cancel'),
    });
    if (ok) await copyNow(url);
  };
  return (
    <section aria-label={t('link.actions')}>
      {modalHolder}
      <Flex vertical gap={8}>
        <Typography.Text strong id="link-bar-label">
          {label}
        </Typography.Text>
        <output
          aria-labelledby="link-bar-label"
          aria-live="polite"
          data-state={state.kind}
          title={url}
          style={{
            display: 'block',
            fontFamily: 'monospace',
            fontSize: 12,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            color: url ? undefined : 'rgba(0, 0, 0, 0.65)',
          }}
        >
          {url ?? status}
        </output>
        <Flex gap={8} wrap align="center">
          <Button type="primary" disabled={url === undefined} onClick={() => void copy()}>
            {t('urlPanel.copy')}
          </Button>
          {openable && (
            <Button
              disabled={url === undefined}
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              referrerPolicy="no-referrer"
            >
              {t('urlPanel.open')}
            </Button>
          )}
          <Button disabled={url === undefined} onClick={() => setQrOpen(true)}>
            {t('urlPanel.qr')}
          </Button>
        </Flex>
      </Flex>
      {qrOpen && url !== undefined && (
        <Suspense fallback={null}>
          <QrDialog url={url} shorter={shorter} onClose={() => setQrOpen(false)} />
        </Suspense>
      )}
    </section>
  );
}
