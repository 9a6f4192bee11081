import { CoreInputError } from '../errors/core-input-error';

/** The console's validity bounds, as the OSS console's: 1 minute to 9 hours. */
export const VALIDITY_MIN_SECONDS = 60;
export const VALIDITY_MAX_SECONDS = 32_400;
/** The one-click validities every link form offers (the OSS console's: 1 minute, 1 hour, 9 hours). */
export const VALIDITY_PRESETS = [{ seconds: 60 }, { seconds: 3600 }, { seconds: 32_400 }] as const;

/**
 * Credentials must outlive a URL by this much: clocks of the browser, the broker and OSS differ
 * by a few seconds, and a refresh takes a moment.
 */
export const CLOCK_SKEW_MARGIN_SECONDS = 60;

export function validateValidity(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < VALIDITY_MIN_SECONDS || seconds > VALIDITY_MAX_SECONDS) {
    const range = { min: VALIDITY_MIN_SECONDS, max: VALIDITY_MAX_SECONDS };
    throw new CoreInputError(
      Number.isFinite(seconds)
        ? { code: 'VALIDITY_OUT_OF_RANGE', seconds, ...range }
        : { code: 'VALIDITY_NOT_A_NUMBER', ...range },
    );
  }
}
