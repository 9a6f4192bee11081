// "Valid until" a date and time, as a validity: the whole seconds from `now` (the caller's clock) to the
// instant, held to the same range and the same problems as a typed duration. An instant in the past is
// its own problem (no link can be made valid until then).
import type { ValidityReading } from './parse-validity';
import { VALIDITY_MAX_SECONDS, VALIDITY_MIN_SECONDS } from './validity';

export function validityUntil(untilMs: number, nowMs: number): ValidityReading {
  if (!Number.isFinite(untilMs) || !Number.isFinite(nowMs)) return { ok: false, problem: { code: 'empty' } };
  // floor: a link never outlives the instant asked for
  const seconds = Math.floor((untilMs - nowMs) / 1000);
  if (seconds <= 0) return { ok: false, problem: { code: 'in-the-past', seconds } };
  if (seconds < VALIDITY_MIN_SECONDS) return { ok: false, problem: { code: 'too-short', seconds } };
  if (seconds > VALIDITY_MAX_SECONDS) return { ok: false, problem: { code: 'too-long', seconds } };
  return { ok: true, seconds, withUnits: true };
}
