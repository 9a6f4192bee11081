// Time rules of OSS authentication: header-signed requests must be within 15 minutes of the server clock;
// URLs are valid until Expires (V1, unix seconds) or x-oss-date + x-oss-expires (V4, 1..604800 s); a V4
// URL is refused before x-oss-date - 15 min (doc 0002-00000235), as a header-signed request beyond the skew.
import { H, MAX_CLOCK_SKEW_MS, Q, V4_MAX_EXPIRES_SECONDS } from '../constants';
import { ossErrors } from '../errors';
import type { HeaderMap } from './header-map';
import type { ParsedAuth } from './parse-authorization';

/** `20231216T162057Z` -> epoch ms, or undefined when malformed. */
export function parseIso8601Basic(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

function parseHttpDate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

function checkSkew(requestMs: number, nowMs: number): void {
  if (Math.abs(nowMs - requestMs) > MAX_CLOCK_SKEW_MS) throw ossErrors.timeTooSkewed(requestMs, nowMs);
}

export function checkRequestTime(auth: ParsedAuth, headers: HeaderMap, nowMs: number): void {
  switch (auth.scheme) {
    case 'anonymous':
      return;
    case 'v1-header': {
      const requestMs = parseHttpDate(headers.get(H.ossDate)) ?? parseHttpDate(headers.get(H.date));
      if (requestMs === undefined) throw ossErrors.missingDate();
      checkSkew(requestMs, nowMs);
      return;
    }
    case 'v1-query': {
      if (!/^\d{1,12}$/.test(auth.expires))
        throw ossErrors.invalidArgument('Expires must be a unix time in seconds.', Q.expires, auth.expires);
      const expiresMs = Number(auth.expires) * 1000;
      if (expiresMs < nowMs) throw ossErrors.requestExpired(expiresMs, nowMs);
      return;
    }
    case 'v4-header':
    case 'v4-query': {
      const signedMs = parseIso8601Basic(auth.timestamp);
      if (signedMs === undefined)
        throw ossErrors.invalidArgument('x-oss-date must be yyyymmddTHHMMSSZ.', Q.v4Date, auth.timestamp);
      if (auth.scheme === 'v4-header') {
        checkSkew(signedMs, nowMs);
        return;
      }
      const expires = auth.expires ?? '';
      const seconds = /^\d{1,7}$/.test(expires) ? Number(expires) : NaN;
      if (!(seconds >= 1 && seconds <= V4_MAX_EXPIRES_SECONDS)) {
        throw ossErrors.invalidArgument(
          `${Q.v4Expires} must be an integer from 1 to ${V4_MAX_EXPIRES_SECONDS}.`,
          Q.v4Expires,
          expires,
        );
      }
      // a URL is valid from x-oss-date (less the 15 minutes of clock skew OSS allows) until it expires
      if (signedMs - nowMs > MAX_CLOCK_SKEW_MS) throw ossErrors.requestNotYetValid(signedMs, nowMs);
      const expiresMs = signedMs + seconds * 1000;
      if (expiresMs < nowMs) throw ossErrors.requestExpired(expiresMs, nowMs, '0002-00000236');
      return;
    }
  }
}
