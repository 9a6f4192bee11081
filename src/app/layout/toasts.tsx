// The console's toasts ("URL copied"): antd's message API from one holder near the root. The holder and
// antd load with the first toast (toast-host.tsx), not with the first screen; a toast asked for meanwhile
// is shown as soon as they are in. Not antd's <App>, which would also bring Modal and notification.
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Toasts } from './toast-api';

const ToastHost = lazy(() => import('./toast-host').then((m) => ({ default: m.ToastHost })));

const ToastContext = createContext<Toasts | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const host = useRef<Toasts | null>(null);
  const waiting = useRef<Array<(api: Toasts) => void>>([]);
  const ready = useCallback((api: Toasts) => {
    host.current = api;
    for (const show of waiting.current.splice(0)) show(api);
  }, []);
  const toasts = useMemo<Toasts>(() => {
    const show = (f: (api: Toasts) => void) => {
      if (host.current) return f(host.current);
      waiting.current.push(f);
      setWanted(true);
    };
    return {
      success: (text) => show((api) => api.success(text)),
      warning: (text) => show((api) => api.warning(text)),
      error: (text) => show((api) => api.error(text)),
    };
  }, []);
  return (
    <ToastContext value={toasts}>
      {wanted && (
        <Suspense fallback={null}>
          <ToastHost onReady={ready} />
        </Suspense>
      )}
      {children}
    </ToastContext>
  );
}

export function useToast(): Toasts {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside <ToastProvider>');
  return api;
}
