// How an export uses credentials: the first page asks for credentials that outlive the links; later pages
// ask again per page, for what the first grant showed the broker will give, so a capped broker is not
// called on every page and rows signed after a refresh carry the new token and their own expiry.
import { CLOCK_SKEW_MARGIN_SECONDS } from '../core/expiry';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import type { StsCredentials } from '../sts/sts-credentials';

export interface ExportCredentials {
  ensure(minValiditySeconds: number, signal?: AbortSignal): Promise<StsCredentials>;
  /** the broker's clock */
  now(): number;
}

/** Validity to ask per page: all of it when the broker grants enough, else most of what it grants. */
export function perPageValidity(first: StsCredentials, now: number, validity: number): number {
  const reach = Math.floor((first.expiresAt - now) / 1000) - CLOCK_SKEW_MARGIN_SECONDS;
  if (reach >= validity) return validity;
  // Asking for the full validity again would call the broker on every page: take 90 % of the reach,
  // so the credentials are refreshed once they have lost a tenth of their life.
  return Math.max(API_CALL_VALIDITY_SECONDS, Math.floor(reach * 0.9));
}
