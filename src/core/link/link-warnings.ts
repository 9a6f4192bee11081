// What an experienced operator would warn about before sharing a link. Pure; the UI maps codes to text.
import type { HostKind } from '../endpoint/resolve-object-origin';
import type { ProviderKind } from '../provider/link-provider';
import { getEffectiveExpiry, isMaterialShortfall } from '../expiry/effective-expiry';
import type { DispositionType } from '../disposition/content-disposition';
import type { SignatureVersion } from '../presign/presign-url';
import { V4_MAX_EXPIRES_SECONDS } from '../presign/constants';
import { isAppPackage, isForcedDownloadType } from './content-kind';

export type LinkWarningCode =
  | 'forced-download'
  | 'app-package-forbidden'
  | 'credentials-shorter'
  | 'custom-domain-unmapped'
  | 'plus-in-key'
  | 'plain-http'
  | 'v4-limit';

export interface LinkWarning {
  code: LinkWarningCode;
  severity: 'error' | 'warning' | 'info';
  /** credentials-shorter: the shortfall and the real end */
  shortfallMs?: number;
  effectiveExpiresAt?: number;
}

export interface LinkWarningInput {
  /** the bucket's cloud (default OSS): the default-domain rules below are OSS's documented ones */
  provider?: ProviderKind | undefined;
  key: string;
  contentType: string;
  hostKind: HostKind;
  /** custom domain typed or chosen: is it known to be mapped to the bucket? undefined = unknown */
  customDomainMapped?: boolean | undefined;
  disposition: DispositionType;
  version: SignatureVersion;
  secure: boolean;
  validitySeconds: number;
  urlExpiresAt: number;
  credentialsExpireAt?: number | undefined;
}

export function getLinkWarnings(input: LinkWarningInput): LinkWarning[] {
  const out: LinkWarning[] = [];
  // OSS's rules for its own domains (app packages refused, some types always downloaded); COS documents
  // its own, not modelled here, so they are not claimed for a COS host
  const ossHost =
    (input.provider ?? 'oss') === 'oss' && (input.hostKind === 'default' || input.hostKind === 'accelerate');
  if (ossHost && isAppPackage(input.key)) out.push({ code: 'app-package-forbidden', severity: 'error' });
  if (ossHost && input.disposition === 'inline' && isForcedDownloadType(input.contentType)) {
    out.push({ code: 'forced-download', severity: 'warning' });
  }
  const expiry = getEffectiveExpiry(input.urlExpiresAt, input.credentialsExpireAt);
  if (isMaterialShortfall(expiry)) {
    out.push({
      code: 'credentials-shorter',
      severity: 'warning',
      shortfallMs: expiry.shortfallMs,
      effectiveExpiresAt: expiry.expiresAt,
    });
  }
  if (input.hostKind === 'custom' && input.customDomainMapped === false)
    out.push({ code: 'custom-domain-unmapped', severity: 'warning' });
  if (
    (input.provider ?? 'oss') === 'oss' &&
    input.version === 'v4' &&
    input.validitySeconds > V4_MAX_EXPIRES_SECONDS
  )
    out.push({ code: 'v4-limit', severity: 'error' });
  if (input.key.includes('+')) out.push({ code: 'plus-in-key', severity: 'info' });
  if (!input.secure) out.push({ code: 'plain-http', severity: 'info' });
  return out;
}
