import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import type { Language } from '../../i18n/messages';
import { LANGUAGES } from '../../i18n/messages';
import { useLanguage, useSettingsActions } from '../../state/settings-store';
import { Link } from '../routing/link';
import './app.css';
import { NativeSelect } from './native-select';
import type { Route } from '../routing/routes';
import { Heading } from './text';
import { Flex } from './controls';

const LANGUAGE_NAMES: Record<Language, string> = { 'en-US': 'English', 'zh-CN': '简体中文' };

export function AppLayout({
  route,
  status,
  banner,
  children,
}: {
  route: Route;
  status?: ReactNode;
  /** above the page, e.g. the failed-credentials banner; the page stays mounted when it comes and goes */
  banner?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const language = useLanguage();
  const { languageChosen } = useSettingsActions();
  const selected = route.name === 'settings' ? 'settings' : 'browse';
  return (
    <div className="app-shell">
      <a className="skip-link" href={route.name === 'browse' ? '#object-list' : '#main'}>
        {route.name === 'browse' ? t('nav.skipToList') : t('nav.skipToMain')}
      </a>
      <header className="app-header">
        <Heading
          level={1}
          className="app-title"
          style={{ color: '#fff', margin: 0, fontSize: 20, whiteSpace: 'nowrap' }}
        >
          {t('app.title')}
        </Heading>
        <nav aria-label={t('nav.main')} className="app-nav">
          <ul className="app-menu">
            {(['browse', 'settings'] as const).map((key) => (
              <li key={key}>
                <Link
                  to={key === 'browse' ? { name: 'home' } : { name: 'settings' }}
                  aria-current={selected === key ? 'page' : undefined}
                >
                  {t(key === 'browse' ? 'nav.browse' : 'nav.settings')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Flex gap={16} align="center">
          {status}
          <NativeSelect<Language>
            aria-label={t('language.label')}
            value={language}
            onChange={languageChosen}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            style={{ width: 120 }}
            dark
          />
        </Flex>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {banner}
        {children}
      </main>
    </div>
  );
}
