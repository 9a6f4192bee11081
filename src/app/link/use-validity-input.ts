// The validity as the operator gives it: a duration typed as text, or "valid until" a local date and time.
// Both are read strictly by the core (parseValidity; readLocalDateTime + validityUntil); a link is signed
// only for a validity the input has shown for a moment — typing 600 never signs a 60 s link on the way —
// and while the input is changing, or unreadable, there is no validity to sign with at all. "Until" is
// turned into seconds from the moment it settled; an export asks again at its start (`fresh`).
import { useEffect, useMemo, useState } from 'react';
import { parseValidity, type ValidityReading } from '../../core/expiry/parse-validity';
import { validityUntil } from '../../core/expiry/validity-until';
import {
  readLocalDateTime,
  toLocalInputText,
  type LocalDateTimeReading,
  type ZoneOffset,
} from '../../core/format/local-date-time';

/** How long the text must stay as it is before it is signed with. */
export const VALIDITY_SETTLE_MS = 400;

/** The browser's time zone, minutes east of UTC at an instant. */
export const browserZone: ZoneOffset = (utcMs) => -new Date(utcMs).getTimezoneOffset();

export type ValidityMode = 'duration' | 'until';

export interface ValidityInput {
  mode: ValidityMode;
  text: string;
  /** "valid until", as a datetime-local text in the operator's time zone */
  untilText: string;
  /** the until text read (mode until) */
  until: LocalDateTimeReading | undefined;
  reading: ValidityReading;
  /** seconds to sign with: undefined while the input is unreadable, out of range or still changing */
  settled: number | undefined;
  /** the input changed less than VALIDITY_SETTLE_MS ago */
  changing: boolean;
  typed(text: string): void;
  /** a preset: taken at once (and back to a duration) */
  chosen(seconds: number): void;
  setMode(mode: ValidityMode): void;
  typedUntil(text: string): void;
  /** the seconds from `now` (default: this moment) — what an export started now signs with */
  fresh(now?: number): number | undefined;
}

const untilReadingOf = (until: LocalDateTimeReading, now: number): ValidityReading =>
  until.ok ? validityUntil(until.utcMs, now) : { ok: false, problem: { code: 'empty' } };

export function useValidityInput(initialSeconds: number): ValidityInput {
  const [mode, setModeState] = useState<ValidityMode>('duration');
  const [text, setText] = useState(String(initialSeconds));
  const [untilText, setUntilText] = useState('');
  // what the input showed when it settled, and when (until: seconds count from then)
  const [settledInput, setSettledInput] = useState({ key: `duration:${text}`, at: 0 });
  const key = mode === 'duration' ? `duration:${text}` : `until:${untilText}`;
  useEffect(() => {
    if (settledInput.key === key) return undefined;
    const handle = setTimeout(() => setSettledInput({ key, at: Date.now() }), VALIDITY_SETTLE_MS);
    return () => clearTimeout(handle);
  }, [key, settledInput.key]);
  const until = useMemo(
    () => (mode === 'until' ? readLocalDateTime(untilText, browserZone) : undefined),
    [mode, untilText],
  );
  const changing = settledInput.key !== key;
  const reading = useMemo(() => {
    if (mode === 'duration') return parseValidity(text);
    if (!until?.ok) return { ok: false, problem: { code: 'empty' } } as const;
    // while it changes, the reading counts from the last settle (or, first, the untouched input's 0 → now)
    return untilReadingOf(until, settledInput.at);
  }, [mode, text, until, settledInput.at]);
  return {
    mode,
    text,
    untilText,
    until,
    reading,
    settled: !changing && reading.ok ? reading.seconds : undefined,
    changing,
    typed: setText,
    chosen: (seconds) => {
      setModeState('duration');
      setText(String(seconds));
      setSettledInput({ key: `duration:${seconds}`, at: Date.now() });
    },
    setMode: (next) => {
      // "until" starts at now + the duration shown, so the operator edits from a sensible time
      if (next === 'until' && untilText === '') {
        const seconds = Math.min(Math.max(reading.ok ? reading.seconds : 3600, 120), 32_340);
        setUntilText(toLocalInputText(Date.now() + seconds * 1000, browserZone));
      }
      setModeState(next);
    },
    typedUntil: setUntilText,
    fresh: (now = Date.now()) => {
      if (changing) return undefined;
      if (mode === 'duration') return reading.ok ? reading.seconds : undefined;
      if (!until) return undefined;
      const r = untilReadingOf(until, now);
      return r.ok ? r.seconds : undefined;
    },
  };
}
