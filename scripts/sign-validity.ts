// How long a link from `npm run sign` may be valid. With STS credentials (a broker, or OSS_SESSION_TOKEN)
// the console's range holds, 60–32400 s: the link dies with the credentials, which STS grants for at most
// 12 h, and the console and the OSS console offer 9 h. With a long-term AccessKey pair nothing ends the
// link early, so the CLI allows up to V4's own limit, 604800 s (7 days) — for V1 too, which has no limit
// of its own: a week is already long for a link anyone holding it can use.
import { CoreInputError } from '../src/core/errors/core-input-error';
import { validateValidity, VALIDITY_MIN_SECONDS } from '../src/core/expiry/validity';
import { V4_MAX_EXPIRES_SECONDS } from '../src/core/presign/constants';

export const LONG_TERM_MAX_SECONDS = V4_MAX_EXPIRES_SECONDS;

export function checkCliValidity(seconds: number, longTerm: boolean): void {
  if (!longTerm) {
    validateValidity(seconds);
    return;
  }
  if (!Number.isInteger(seconds) || seconds < VALIDITY_MIN_SECONDS || seconds > LONG_TERM_MAX_SECONDS) {
    // with a long-term AccessKey the range ends at V4's own limit
    throw new CoreInputError({
      code: 'VALIDITY_OUT_OF_RANGE',
      seconds,
      min: VALIDITY_MIN_SECONDS,
      max: LONG_TERM_MAX_SECONDS,
    });
  }
}
