// The drawer that URL panel and upload link share: the form scrolls, the link's action bar (URL preview,
// Copy, Open, QR) stays in the footer, always in view, and the focus goes back to the opener on close.
import { Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useReturnFocus } from '../layout/use-return-focus';

export interface LinkDrawerProps {
  title: ReactNode;
  open: boolean;
  onClose(): void;
  /** the sticky action bar (LinkActionBar) */
  actions: ReactNode;
  children: ReactNode;
}

export function LinkDrawer({ title, open, onClose, actions, children }: LinkDrawerProps) {
  useReturnFocus(open);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={title}
      destroyOnHidden
      footer={actions}
      styles={{ footer: { padding: '12px 24px', background: '#fafafa' } }}
    >
      <Flex vertical gap="large" style={{ width: '100%' }}>
        {children}
      </Flex>
    </Drawer>
  );
}
