// A validity reading in the operator's words: what the field read, or what is wrong and how to fix it.
import type { ValidityReading } from '../../core/expiry/parse-validity';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/use-t';
import { formatDuration, formatUtc } from './format-time';
import type { ValidityInput } from './use-validity-input';

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
    case 'in-the-past':
      return t('validity.in-the-past');
    case 'too-short':
    case 'too-long':
      return t(`validity.${p.code}`, {
        seconds: p.seconds,
        duration: formatDuration(p.seconds * 1000, language),
      });
  }
}

/** The input's problem: an unreadable "valid until" first, then the validity it gives. */
export function validityInputProblem(
  input: Pick<ValidityInput, 'mode' | 'until' | 'reading'>,
  t: Translate,
  language: Language,
): string | undefined {
  if (input.mode === 'until' && input.until && !input.until.ok) {
    const p = input.until.problem;
    return p.text === '' ? t('validity.until.empty') : t(`validity.until.${p.code}`, { text: p.text });
  }
  return validityProblemText(input.reading, t, language);
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

/** "Local 2026-12-02 14:30 (UTC+08:00) = 2026-12-02T06:30:00Z UTC": both clocks, so no one guesses. */
export function untilReadsAs(input: Pick<ValidityInput, 'until'>, t: Translate): string | undefined {
  const until = input.until;
  if (!until?.ok) return undefined;
  const offset = -new Date(until.utcMs).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const l = until.local;
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${l.year}-${pad(l.month)}-${pad(l.day)} ${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}`;
  return t('validity.until.reads', { local, zone, utc: formatUtc(until.utcMs) });
}
