// A validity reading in the operator's words: what the field read, or what is wrong and how to fix it.
import type { ValidityReading } from '../../core/expiry/parse-validity';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/use-t';
import { formatDuration } from './format-time';

export function validityProblemText(
  reading: ValidityReading,
  t: Translate,
  language: Language,
): string | undefined {
  if (reading.ok) return undefined;
  const p = reading.problem;
  switch (p.code) {
    case 'empty':
      return t('validity.empty');
    case 'unreadable':
      return t('validity.unreadable', { text: p.text });
    case 'fraction':
      return t('validity.fraction', { text: p.text });
    case 'too-short':
    case 'too-long':
      return t(`validity.${p.code}`, {
        seconds: p.seconds,
        duration: formatDuration(p.seconds * 1000, language),
      });
  }
}

/** "= 5400 s (1 h 30 min)" for text with units, so the operator sees what the field read. */
export function validityReadsAs(
  reading: ValidityReading,
  t: Translate,
  language: Language,
): string | undefined {
  if (!reading.ok) return undefined;
  return t('validity.reads', {
    seconds: reading.seconds,
    duration: formatDuration(reading.seconds * 1000, language),
  });
}
