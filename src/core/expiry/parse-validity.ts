// What an operator typed as a link's validity, read strictly: whole seconds (`600`), or whole units
// (`90m`, `1h`, `9h`, `1h30m`, `45s`). Nothing else is a validity — `1h` is never "1 second", `0x10` never
// 0, `600.5` never 600 — and no prefix of the text is taken for the whole. The range is the console's.
import { VALIDITY_MAX_SECONDS, VALIDITY_MIN_SECONDS } from './validity';

export type ValidityProblem =
  /** nothing typed */
  | { code: 'empty' }
  /** not a number of seconds nor of units */
  | { code: 'unreadable'; text: string }
  /** a decimal: validities are whole seconds */
  | { code: 'fraction'; text: string }
  | { code: 'too-short'; seconds: number }
  | { code: 'too-long'; seconds: number }
  /** "valid until" an instant that has passed */
  | { code: 'in-the-past'; seconds: number };

export type ValidityReading =
  | { ok: true; seconds: number; /** the text had units (so the UI says what it read) */ withUnits: boolean }
  | { ok: false; problem: ValidityProblem };

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, min: 60, s: 1 };
const WITH_UNITS = /^(?:(\d{1,6})\s*h)?\s*(?:(\d{1,6})\s*(?:m|min))?\s*(?:(\d{1,6})\s*s)?$/i;

export function parseValidity(input: string): ValidityReading {
  const text = input.trim();
  if (text === '') return { ok: false, problem: { code: 'empty' } };
  let seconds: number;
  let withUnits = false;
  if (/^\d{1,7}$/.test(text)) seconds = Number(text);
  else {
    const m = WITH_UNITS.exec(text);
    if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) {
      if (/^\d*[.,]\d+\s*[a-z]*$/i.test(text)) return { ok: false, problem: { code: 'fraction', text } };
      return { ok: false, problem: { code: 'unreadable', text } };
    }
    withUnits = true;
    seconds = Number(m[1] ?? 0) * UNIT_SECONDS.h! + Number(m[2] ?? 0) * UNIT_SECONDS.m! + Number(m[3] ?? 0);
  }
  if (seconds < VALIDITY_MIN_SECONDS) return { ok: false, problem: { code: 'too-short', seconds } };
  if (seconds > VALIDITY_MAX_SECONDS) return { ok: false, problem: { code: 'too-long', seconds } };
  return { ok: true, seconds, withUnits };
}
