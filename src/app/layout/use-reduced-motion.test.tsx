// @vitest-environment jsdom
// The system's "reduce motion" setting is read, and followed when it changes while the console is open.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReducedMotion } from './use-reduced-motion';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function systemSetting(initial: boolean) {
  let matches = initial;
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return matches;
    },
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const matchMedia = vi.fn((media: string) => {
    expect(media).toBe('(prefers-reduced-motion: reduce)');
    return query;
  });
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    set(value: boolean) {
      matches = value;
      for (const fn of listeners) fn();
    },
    listeners,
  };
}

describe('useReducedMotion', () => {
  it('is what the system says, and follows a change', () => {
    const setting = systemSetting(true);
    const { result, unmount } = renderHook(() => useReducedMotion());
    expect(result.current).toBe(true);
    act(() => setting.set(false));
    expect(result.current).toBe(false);
    act(() => setting.set(true));
    expect(result.current).toBe(true);
    unmount();
    expect(setting.listeners.size).toBe(0);
  });

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useReducedMotion());
    expect(result.current).toBe(false);
  });
});
