// Every zh-CN string of the console, one chunk (see ../en-US/index.ts); typed against en-US, so a missing
// translation fails the typecheck.
import type { dictionary as en } from '../en-US';
import { browse } from './browse';
import { common } from './common';
import { credentials } from './credentials';
import { exportUrls } from './export';
import { link } from './link';
import { settings } from './settings';
import { upload } from './upload';
import { urlPanel } from './url-panel';

export const dictionary: Record<keyof typeof en, string> = {
  ...common,
  ...urlPanel,
  ...browse,
  ...credentials,
  ...settings,
  ...exportUrls,
  ...upload,
  ...link,
};
