// React's view of the session's credentials: the CredentialsManager is the store (memory only, never
// persisted); these hooks subscribe to it with useSyncExternalStore. The managers themselves live in the
// connection (one per bucket), so the hooks take the manager rather than a global.
import { useCallback, useSyncExternalStore } from 'react';
import type { CredentialsManager, CredentialsSnapshot } from '../sts/credentials-manager';

const IDLE: CredentialsSnapshot = {
  status: 'idle',
  credentials: undefined,
  error: undefined,
  clockOffsetMs: 0,
  nextRefreshAt: undefined,
};
const noSubscription = (): (() => void) => () => undefined;
const idle = (): CredentialsSnapshot => IDLE;

/** Status, current credentials (for their expiry), last error and clock offset of `manager`. */
export function useCredentialsStatus(manager: CredentialsManager | undefined): CredentialsSnapshot {
  const subscribe = manager?.subscribe ?? noSubscription;
  const snapshot = manager?.getSnapshot ?? idle;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * Whole seconds until the credentials expire, on the broker's clock, ticking every `tickMs`; undefined
 * without credentials. Negative once expired (the indicator shows "expired").
 */
export function useCredentialsSecondsLeft(
  manager: CredentialsManager | undefined,
  tickMs = 1000,
): number | undefined {
  const read = (): number | undefined => {
    const expiresAt = manager?.getSnapshot().credentials?.expiresAt;
    return expiresAt === undefined || manager === undefined
      ? undefined
      : Math.floor((expiresAt - manager.now()) / 1000);
  };
  // stable per manager and tick, so React does not resubscribe (and restart the timer) every render
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      const unsubscribe = manager?.subscribe(onChange);
      const timer = setInterval(onChange, tickMs);
      return () => {
        clearInterval(timer);
        unsubscribe?.();
      };
    },
    [manager, tickMs],
  );
  return useSyncExternalStore(subscribe, read, read);
}
