// Every en-US string of the console, one chunk: loaded (src/i18n/messages.ts loadLanguage) before the
// first render when en-US is the operator's language, and not otherwise.
import { browse } from './browse';
import { common } from './common';
import { credentials } from './credentials';
import { exportUrls } from './export';
import { link } from './link';
import { settings } from './settings';
import { upload } from './upload';
import { urlPanel } from './url-panel';

export const dictionary = {
  ...common,
  ...urlPanel,
  ...browse,
  ...credentials,
  ...settings,
  ...exportUrls,
  ...upload,
  ...link,
};
