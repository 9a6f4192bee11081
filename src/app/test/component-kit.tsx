// For component tests (jsdom): what a component needs around it — a fresh QueryClient without retries,
// antd's App (message, modal), the language — and the few browser APIs jsdom lacks that antd calls.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';

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

export function renderComponent(ui: ReactElement): RenderResult & { queryClient: QueryClient } {
  installBrowserStubs();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <App>{ui}</App>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
