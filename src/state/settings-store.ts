// Operator settings, persisted across reloads (localStorage). Never a secret here: credentials and the
// broker bearer token live in memory only (session stores). Stored values are validated on load: a bad
// field falls back to its default and the others are kept.
// zod/mini: the same validation as zod, tree-shakable (the full zod API costs ~80 KB gzipped on first load)
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { VALIDITY_MAX_SECONDS, VALIDITY_MIN_SECONDS } from '../core/expiry/validity';
import { browserLanguage, LANGUAGES, loadedDictionary, loadLanguage } from '../i18n/messages';
import type { Language } from '../i18n/messages';

export const SETTINGS_STORAGE_KEY = 'oss-link-console.settings.v1';

const connectionSchema = z.object({
  /** '' = the broker named by /console-config.json */
  brokerUrl: z.catch(z.string(), ''),
  brokerAuth: z.catch(z.enum(['none', 'bearer', 'cookies']), 'none'),
  /** the rest override what the broker's /config says; '' / [] = use the broker's */
  region: z.catch(z.string(), ''),
  bucket: z.catch(z.string(), ''),
  endpoint: z.catch(z.string(), ''),
  httpsEndpoint: z.catch(z.string(), ''),
  accelerateEndpoint: z.catch(z.string(), ''),
  customDomains: z.catch(z.array(z.string()), []),
  accelerate: z.catch(z.boolean(), false),
});
export type ConnectionSettings = z.infer<typeof connectionSchema>;
/** No override: everything as the broker says. */
export const FACTORY_CONNECTION: ConnectionSettings = connectionSchema.parse({});

const domainSchema = z.union([
  z.object({ kind: z.literal('default') }),
  z.object({ kind: z.literal('accelerate') }),
  z.object({ kind: z.literal('custom'), host: z.string() }),
]);

const linkDefaultsSchema = z.object({
  validitySeconds: z.catch(
    z.int().check(z.minimum(VALIDITY_MIN_SECONDS), z.maximum(VALIDITY_MAX_SECONDS)),
    3600,
  ),
  secure: z.catch(z.boolean(), true),
  domain: z.catch(domainSchema, { kind: 'default' }),
  disposition: z.catch(z.enum(['inline', 'attachment']), 'attachment'),
  version: z.catch(z.enum(['v4', 'v1']), 'v4'),
});
export type LinkDefaults = z.infer<typeof linkDefaultsSchema>;
/** The options a link starts with before the operator changes any (what "Reset to defaults" restores). */
export const FACTORY_LINK_DEFAULTS: LinkDefaults = linkDefaultsSchema.parse({});

const persistedSchema = z.object({
  language: z.catch(z.optional(z.enum(LANGUAGES)), undefined),
  connection: z.catch(connectionSchema, () => connectionSchema.parse({})),
  linkDefaults: z.catch(linkDefaultsSchema, () => linkDefaultsSchema.parse({})),
});

interface SettingsState {
  language: Language;
  connection: ConnectionSettings;
  linkDefaults: LinkDefaults;
  actions: {
    languageChosen(language: Language): void;
    connectionSaved(connection: ConnectionSettings): void;
    linkDefaultsChanged(patch: Partial<LinkDefaults>): void;
    linkDefaultsReset(): void;
  };
}

const initialLanguage = (): Language =>
  typeof navigator === 'undefined' ? 'en-US' : browserLanguage(navigator.languages ?? [navigator.language]);

const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      language: initialLanguage(),
      connection: FACTORY_CONNECTION,
      linkDefaults: linkDefaultsSchema.parse({}),
      actions: {
        // the language's strings first (a lazy chunk), then the switch; if they cannot be fetched the
        // console stays in its language and the next pick tries again
        languageChosen: (language) => {
          if (loadedDictionary(language)) return set({ language });
          loadLanguage(language).then(
            () => set({ language }),
            () => undefined,
          );
        },
        connectionSaved: (connection) => set({ connection: connectionSchema.parse(connection) }),
        linkDefaultsChanged: (patch) =>
          set((s) => ({ linkDefaults: linkDefaultsSchema.parse({ ...s.linkDefaults, ...patch }) })),
        linkDefaultsReset: () => set({ linkDefaults: FACTORY_LINK_DEFAULTS }),
      },
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ language: s.language, connection: s.connection, linkDefaults: s.linkDefaults }),
      merge: (persisted, current) => {
        const parsed = persistedSchema.safeParse(persisted ?? {});
        if (!parsed.success) return current;
        return { ...current, ...parsed.data, language: parsed.data.language ?? current.language };
      },
    },
  ),
);

export const useLanguage = () => useSettingsStore((s) => s.language);
/** The language now (stored, or the browser's): what the entry loads before the first render. */
export const currentLanguage = (): Language => useSettingsStore.getState().language;
export const useConnectionSettings = () => useSettingsStore((s) => s.connection);
export const useLinkDefaults = () => useSettingsStore((s) => s.linkDefaults);
export const useSettingsActions = () => useSettingsStore((s) => s.actions);
/** For non-React code (e.g. the credentials manager) that needs the current value once. */
export const getSettingsSnapshot = () => {
  const { language, connection, linkDefaults } = useSettingsStore.getState();
  return { language, connection, linkDefaults };
};
