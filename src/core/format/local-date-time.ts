// A wall-clock date and time (what a datetime-local input holds: `2026-03-01T14:30`, seconds optional),
// read strictly, and turned into a UTC instant in a time zone given as a function (the app passes the
// browser's; tests pass fixed ones). A local time that does not exist (skipped by a daylight-saving
// change) is refused rather than moved; one that happens twice takes the earlier.

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type LocalDateTimeProblem =
  | { code: 'unreadable'; text: string }
  /** a day or time that no calendar has (Feb 30, 25:00) */
  | { code: 'invalid'; text: string }
  /** skipped by a daylight-saving change in this time zone */
  | { code: 'nonexistent'; text: string };

export type LocalDateTimeReading =
  { ok: true; utcMs: number; local: LocalDateTime } | { ok: false; problem: LocalDateTimeProblem };

/** minutes east of UTC at the instant `utcMs` (UTC+8 → 480); the browser's is -getTimezoneOffset() */
export type ZoneOffset = (utcMs: number) => number;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function parseLocalDateTime(input: string): LocalDateTime | LocalDateTimeProblem {
  const text = input.trim();
  const m = LOCAL.exec(text);
  if (!m) return { code: 'unreadable', text };
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(
    Number,
  ) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59)
    return { code: 'invalid', text };
  return { year, month, day, hour, minute, second };
}

/** The wall clock as if it were UTC, ms. */
export function wallClockMs(l: LocalDateTime): number {
  const ms = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  // Date.UTC maps years 0–99 to 1900–1999; the pattern allows them, so set the year exactly
  return l.year < 100 ? new Date(ms).setUTCFullYear(l.year) : ms;
}

/** The UTC instant the operator means by `text` in the zone `offset`. */
export function readLocalDateTime(text: string, offset: ZoneOffset): LocalDateTimeReading {
  const parsed = parseLocalDateTime(text);
  if ('code' in parsed) return { ok: false, problem: parsed };
  const wall = wallClockMs(parsed);
  // The offset depends on the instant, which depends on the offset: try the offsets in force around the
  // wall time and keep the instants that read back as that wall time (earliest first).
  const candidates = [...new Set([offset(wall - 86_400_000), offset(wall), offset(wall + 86_400_000)])]
    .map((o) => wall - o * 60_000)
    .filter((utc) => utc + offset(utc) * 60_000 === wall)
    .sort((a, b) => a - b);
  const utcMs = candidates[0];
  if (utcMs === undefined) return { ok: false, problem: { code: 'nonexistent', text: text.trim() } };
  return { ok: true, utcMs, local: parsed };
}

/** `2026-03-01T14:30` for a datetime-local input: the instant's wall clock in the zone `offset`. */
export function toLocalInputText(utcMs: number, offset: ZoneOffset): string {
  const wall = new Date(utcMs + offset(utcMs) * 60_000).toISOString();
  return wall.slice(0, 16);
}
