// For component tests (jsdom): what a component needs around it — a fresh QueryClient without retries,
// the console's toasts, the language — and the few browser APIs jsdom lacks that antd calls.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ToastProvider } from '../layout/toasts';

function installBrowserStubs(): void {
  if (typeof window === 'undefined') return;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

const FRAMEWORK_WARNING = /Warning:|\[antd|React does not recognize|Each child in a list|deprecated/i;
let consoleGuarded = false;

/** React's and antd's development warnings (deprecated props, keys…) fail the test that caused them. */
function guardConsole(): void {
  if (consoleGuarded) return;
  consoleGuarded = true;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (FRAMEWORK_WARNING.test(text)) throw new Error(`A framework warning during render: ${text}`);
      original(...args);
    };
  }
}

export function renderComponent(ui: ReactElement): RenderResult & { queryClient: QueryClient } {
  installBrowserStubs();
  guardConsole();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{ui}</ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
