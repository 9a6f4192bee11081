import { CLOCK_SKEW_MARGIN_SECONDS } from './validity';

export interface EffectiveExpiry {
  /** when the link really stops working, ms since the epoch: min(URL expiry, credentials expiry) */
  expiresAt: number;
  /** what ends it first */
  limitedBy: 'url' | 'credentials';
  /** how much shorter than asked, ms (0 when the URL's own expiry holds) */
  shortfallMs: number;
}

/**
 * A presigned URL made with STS credentials dies with them: OSS checks the token on every request.
 * The link therefore lasts until the earlier of its own expiry and the credentials' expiry.
 */
export function getEffectiveExpiry(
  urlExpiresAt: number,
  credentialsExpireAt: number | undefined,
): EffectiveExpiry {
  if (credentialsExpireAt === undefined || credentialsExpireAt >= urlExpiresAt) {
    return { expiresAt: urlExpiresAt, limitedBy: 'url', shortfallMs: 0 };
  }
  return {
    expiresAt: credentialsExpireAt,
    limitedBy: 'credentials',
    shortfallMs: urlExpiresAt - credentialsExpireAt,
  };
}

/**
 * Whether the credentials cut a link short by more than the clocks of browser, broker and OSS can differ
 * anyway (the skew margin). A broker capped at exactly the link's validity ends it a second or two early:
 * the effective expiry shows that; a warning about it would only be noise.
 */
export function isMaterialShortfall(expiry: EffectiveExpiry): boolean {
  return expiry.limitedBy === 'credentials' && expiry.shortfallMs > CLOCK_SKEW_MARGIN_SECONDS * 1000;
}

/** True when credentials expiring at `credentialsExpireAt` cover a link of `validitySeconds` signed at `now`, with margin. */
export function credentialsCover(now: number, validitySeconds: number, credentialsExpireAt: number): boolean {
  return credentialsExpireAt >= now + (validitySeconds + CLOCK_SKEW_MARGIN_SECONDS) * 1000;
}

/** The credential duration to ask a broker for, so links of `validitySeconds` live their full term. */
export function requiredCredentialSeconds(validitySeconds: number): number {
  return validitySeconds + CLOCK_SKEW_MARGIN_SECONDS;
}

/**
 * Offset to add to the local clock, from a server's `Date` header seen at local time `localNow`.
 * Ignored below 5 s (the header has 1-second resolution and the round trip takes time).
 */
export function getClockOffsetMs(serverDateHeader: string | null | undefined, localNow: number): number {
  if (!serverDateHeader) return 0;
  const server = Date.parse(serverDateHeader);
  if (Number.isNaN(server)) return 0;
  const offset = server - localNow;
  return Math.abs(offset) < 5000 ? 0 : offset;
}

/** ISO 8601 UTC to the second: `2024-01-01T00:01:00Z` (what CSV and the UI show). */
export function toIsoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
