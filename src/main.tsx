import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadLanguage } from './i18n/messages';
import { currentLanguage } from './state/settings-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// the operator's language only (one lazy chunk), before anything is drawn: no flash of the other one
loadLanguage(currentLanguage()).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => {
    root.textContent =
      'The console could not load its texts (network). Reload the page. / 控制台无法加载界面文字（网络问题），请重新加载页面。';
  },
);
