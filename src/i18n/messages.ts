// All strings of the console. Each feature keeps its own file per language; the zh-CN files are typed
// against the en-US ones, so a missing translation fails the typecheck.
import { common as commonEn } from './en-US/common';
import { common as commonZh } from './zh-CN/common';
import { browse as browseEn } from './en-US/browse';
import { browse as browseZh } from './zh-CN/browse';
import { credentials as credentialsEn } from './en-US/credentials';
import { credentials as credentialsZh } from './zh-CN/credentials';
import { settings as settingsEn } from './en-US/settings';
import { settings as settingsZh } from './zh-CN/settings';
import { exportUrls as exportEn } from './en-US/export';
import { exportUrls as exportZh } from './zh-CN/export';
import { urlPanel as urlPanelEn } from './en-US/url-panel';
import { urlPanel as urlPanelZh } from './zh-CN/url-panel';
import { upload as uploadEn } from './en-US/upload';
import { upload as uploadZh } from './zh-CN/upload';
import { link as linkEn } from './en-US/link';
import { link as linkZh } from './zh-CN/link';

export const LANGUAGES = ['en-US', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messages = {
  'en-US': {
    ...commonEn,
    ...urlPanelEn,
    ...browseEn,
    ...credentialsEn,
    ...settingsEn,
    ...exportEn,
    ...uploadEn,
    ...linkEn,
  },
  'zh-CN': {
    ...commonZh,
    ...urlPanelZh,
    ...browseZh,
    ...credentialsZh,
    ...settingsZh,
    ...exportZh,
    ...uploadZh,
    ...linkZh,
  },
} satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['en-US'];
export type MessageVars = Record<string, string | number>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * `{count, plural, one {# file} other {# files}}`: the case Intl.PluralRules picks for the language (or an
 * exact `=0`), `#` replaced by the number as the language writes it.
 */
function plural(language: Language, text: string, vars: MessageVars): string {
  return text.replace(PLURAL, (whole, name: string, cases: string) => {
    const value = vars[name];
    if (typeof value !== 'number') return whole;
    const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1]!, m[2]!]));
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    const form = forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other') ?? '';
    return form.replace(/#/g, value.toLocaleString(language));
  });
}

export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  const text = (messages[language] as Record<MessageKey, string>)[key] ?? messages['en-US'][key];
  if (!vars) return text;
  return plural(language, text, vars).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** en-US unless the browser prefers Chinese. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    if (/^zh\b/i.test(tag)) return 'zh-CN';
    if (/^en\b/i.test(tag)) return 'en-US';
  }
  return 'en-US';
}
