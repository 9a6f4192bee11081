// The console's toasts ("URL copied"): antd's message API from one holder near the root. Not antd's <App>,
// which would also put Modal and notification on the first load for the few places that need them.
import { message } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, useContext, type ReactNode } from 'react';

const ToastContext = createContext<MessageInstance | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  // below the drawers' title bars, so a toast never covers a Close button, and never a tall stack
  const [api, holder] = message.useMessage({ top: 72, maxCount: 3 });
  return (
    <ToastContext value={api}>
      {holder}
      {children}
    </ToastContext>
  );
}

export function useToast(): MessageInstance {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside <ToastProvider>');
  return api;
}
