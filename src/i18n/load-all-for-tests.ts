// vitest setup (vitest.config.ts setupFiles): both languages' strings loaded before any test renders or
// translates, as the console's entry does for the operator's one.
import { LANGUAGES, loadLanguage } from './messages';

await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
