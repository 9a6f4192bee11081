import { useCallback } from 'react';
import { useLanguage } from '../state/settings-store';
import type { MessageKey, MessageVars } from './messages';
import { translate } from './messages';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, vars) => translate(language, key, vars), [language]);
}
