// Step 1 of the COS signature: KeyTime = `StartTimestamp;EndTimestamp` (Unix seconds).
import { CoreInputError } from '../errors/core-input-error';
import { KEY_TIME_SEPARATOR } from './constants';

export interface CosKeyTime {
  start: number;
  end: number;
  /** `1557989151;1557996351`: q-key-time and q-sign-time */
  keyTime: string;
}

/**
 * The official SDKs (cos-js-sdk-v5 and cos-nodejs-sdk-v5, util.js getAuth) start a signature at
 * `Math.round(now / 1000) - 1` — one second early, so a server clock a little behind still accepts it —
 * and end it `expires` seconds later. A caller that knows a better start (the temporary key's StartTime,
 * server time) passes `startTime`; the SDKs then use it as is (base.js getAuthorizationAsync).
 */
export function getCosKeyTime(now: number, expiresInSeconds: number, startTime?: number): CosKeyTime {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1) {
    throw new CoreInputError({ code: 'COS_EXPIRES_INVALID', seconds: expiresInSeconds });
  }
  if (startTime !== undefined && !(Number.isInteger(startTime) && startTime > 0)) {
    throw new CoreInputError({ code: 'COS_START_TIME_INVALID', value: String(startTime) });
  }
  const start = startTime ?? Math.round(now / 1000) - 1;
  const end = start + expiresInSeconds;
  return { start, end, keyTime: `${start}${KEY_TIME_SEPARATOR}${end}` };
}
