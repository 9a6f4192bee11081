/** Refresh at most this long before expiry… */
export const REFRESH_LEAD_MS = 5 * 60_000;
/** …or at this share of the lifetime, whichever comes first… */
export const REFRESH_AT_SHARE = 0.8;
/** …but never before half the lifetime: short-lived credentials must not refresh in a loop. */
export const REFRESH_MIN_SHARE = 0.5;
/** ± share of the delay, so many open consoles do not hit the broker in step. */
export const REFRESH_JITTER = 0.1;

/**
 * Milliseconds after receipt at which credentials living `lifetimeMs` should be refreshed.
 * `random` is in [0, 1) (Math.random); tests pin it.
 */
export function refreshDelayMs(lifetimeMs: number, random: () => number): number {
  if (!(lifetimeMs > 0)) return 0;
  const base = Math.max(
    Math.min(lifetimeMs * REFRESH_AT_SHARE, lifetimeMs - REFRESH_LEAD_MS),
    lifetimeMs * REFRESH_MIN_SHARE,
  );
  const jitter = 1 + (random() * 2 - 1) * REFRESH_JITTER;
  return Math.round(base * jitter);
}
