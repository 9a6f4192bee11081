import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createConsoleQueryClient } from './app/query-client';
import { prefetchConnection } from './app/connection/broker-queries';
import { consolePresigner } from './app/connection/bucket-access';
import { preloadFirstScreen } from './app/connection/first-screen';
import { parseRoute } from './app/routing/routes';
import { loadLanguage } from './i18n/messages';
import { currentLanguage } from './state/settings-store';

/** The first render waits this long at most for the broker's /config (see below). */
const FIRST_RENDER_WAIT_MS = 150;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Where the broker is and what it serves, fetched while the language chunk loads; then a folder's link gets
// its credentials and first listing page at once (first-screen.ts), while the signing core's WebAssembly
// compiles.
const queryClient = createConsoleQueryClient();
void consolePresigner();
const connected = prefetchConnection(queryClient).then(
  (ready) => {
    if (ready)
      void preloadFirstScreen(queryClient, {
        ...ready,
        route: parseRoute(location.pathname, location.search),
      });
  },
  () => undefined,
);
const brokerOrDeadline = Promise.race([
  connected,
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);
// The operator's language only (one lazy chunk), before anything is drawn: no flash of the other one. The
// first render also waits (briefly) for the broker's answer, so that the first screen's requests are out
// before React draws, and it is a transition: drawn in slices that yield, so the answers arriving meanwhile
// are taken in at once (measured: BENCHMARKS.md §6, first visit).
loadLanguage(currentLanguage())
  .then(() => brokerOrDeadline)
  .then(
    () =>
      startTransition(() =>
        createRoot(root).render(
          <StrictMode>
            <App queryClient={queryClient} />
          </StrictMode>,
        ),
      ),
    () => {
      root.textContent =
        'The console could not load its texts (network). Reload the page. / 控制台无法加载界面文字（网络问题），请重新加载页面。';
    },
  );
