import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createConsoleQueryClient } from './app/query-client';
import { prefetchConnection } from './app/connection/broker-queries';
import { loadLanguage } from './i18n/messages';
import { currentLanguage } from './state/settings-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// where the broker is and what it serves: fetched while the language chunk loads, not after the first render
const queryClient = createConsoleQueryClient();
void prefetchConnection(queryClient);
// the operator's language only (one lazy chunk), before anything is drawn: no flash of the other one
loadLanguage(currentLanguage()).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  () => {
    root.textContent =
      'The console could not load its texts (network). Reload the page. / 控制台无法加载界面文字（网络问题），请重新加载页面。';
  },
);
