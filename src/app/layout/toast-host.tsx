// antd's message API, in antd's scope: loaded with the first toast (toasts.tsx), not with the first screen.
import { message } from 'antd';
import { useEffect } from 'react';
import { AntdScope } from './antd-scope';
import type { Toasts } from './toast-api';

function Holder({ onReady }: { onReady(api: Toasts): void }) {
  // below the drawers' title bars, so a toast never covers a Close button, and never a tall stack
  const [api, holder] = message.useMessage({ top: 72, maxCount: 3 });
  // antd's message API is a Toasts as it is
  useEffect(() => onReady(api), [api, onReady]);
  return holder;
}

export function ToastHost({ onReady }: { onReady(api: Toasts): void }) {
  return (
    <AntdScope>
      <Holder onReady={onReady} />
    </AntdScope>
  );
}
