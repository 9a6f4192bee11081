import { useEffect } from 'react';

/**
 * While a drawer or modal is open, remembers what had the focus (the button that opened it) and gives
 * the focus back when it closes — also when the closing unmounts it at once, which skips antd's own
 * return (its close animation never runs).
 */
export function useReturnFocus(open: boolean): void {
  useEffect(() => {
    if (!open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    return () => {
      // after the drawer's own DOM is gone and its focus trap released
      setTimeout(() => {
        if (opener?.isConnected && !opener.hasAttribute('disabled')) opener.focus();
      }, 0);
    };
  }, [open]);
}
