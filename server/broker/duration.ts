// How long the credentials live: what the operator asked for, within the configured bounds.
import type { DurationLimits } from './broker-config';
import { BrokerError } from './errors';

export interface GrantedDuration {
  /** seconds actually granted */
  granted: number;
  /** seconds asked for, when the request named a duration */
  requested?: number;
}

/** Parses `?duration=` (whole seconds); absent means the configured default. */
export function parseRequestedDuration(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new BrokerError(
      400,
      'InvalidDuration',
      'duration must be a whole number of seconds greater than 0, e.g. /sts?duration=3600.',
    );
  }
  return Number(raw);
}

/** min(requested, max), never below min; the default when nothing was requested. */
export function grantDuration(requested: number | undefined, limits: DurationLimits): GrantedDuration {
  if (requested === undefined) return { granted: limits.default };
  return { granted: Math.min(Math.max(requested, limits.min), limits.max), requested };
}
