// All strings of the console. Each feature keeps its own file per language (src/i18n/<language>/), merged
// per language in <language>/index.ts; the zh-CN files are typed against the en-US ones, so a missing
// translation fails the typecheck. A language's strings are one lazy chunk: loadLanguage fetches the
// operator's before the first render (src/main.tsx) and the other one only when the operator picks it, so
// the first load carries one language, not both.
import type { dictionary as EnDictionary } from './en-US';

export const LANGUAGES = ['en-US', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageKey = keyof typeof EnDictionary;
export type Dictionary = Readonly<Record<MessageKey, string>>;

const LOADERS: Readonly<Record<Language, () => Promise<Dictionary>>> = {
  'en-US': () => import('./en-US').then((m) => m.dictionary),
  'zh-CN': () => import('./zh-CN').then((m) => m.dictionary),
};
const loaded = new Map<Language, Dictionary>();
const loading = new Map<Language, Promise<Dictionary>>();

/** Fetches `language`'s strings once (a failed fetch may be tried again); translate needs them. */
export function loadLanguage(language: Language): Promise<Dictionary> {
  const done = loaded.get(language);
  if (done) return Promise.resolve(done);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (dictionary) => {
        loaded.set(language, dictionary);
        loading.delete(language);
        return dictionary;
      },
      (err: unknown) => {
        loading.delete(language);
        throw err;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** The strings of a loaded language (tests and the language check). */
export function loadedDictionary(language: Language): Dictionary | undefined {
  return loaded.get(language);
}

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
  const dictionary = loaded.get(language);
  // the entry loads the operator's language before rendering, and a switch loads before it switches
  if (!dictionary) throw new Error(`The ${language} strings are not loaded: call loadLanguage first.`);
  const text = dictionary[key];
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
