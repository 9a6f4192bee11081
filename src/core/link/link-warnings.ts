// What an experienced operator would warn about before sharing a link. Pure; the UI maps codes to text.
import type { HostKind } from '../endpoint/resolve-object-origin';
import type { ProviderKind } from '../provider/link-provider';
import { getEffectiveExpiry, isMaterialShortfall } from '../expiry/effective-expiry';
import type { DispositionType } from '../disposition/content-disposition';
import type { SignatureVersion } from '../presign/presign-url';
import { V4_MAX_EXPIRES_SECONDS } from '../presign/constants';
import { defaultHostRule } from './default-host-rule';

export type LinkWarningCode =
  | 'forced-download'
  | 'app-package-forbidden'
  /** COS: buckets created from 2024 serve every file as a download on the default/acceleration domain */
  | 'cos-forced-download'
  /** COS: … and refuse .apk/.ipa there (DownloadForbidden) */
  | 'cos-app-package-forbidden'
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
  /** the bucket's cloud (default OSS): each cloud's documented rules for its own domains apply */
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
  // each cloud's rule for its own domains (default-host-rule.ts): OSS refuses app packages and downloads
  // images and web pages; COS, on buckets created from 2024, downloads everything and refuses app
  // packages — the console cannot see a bucket's creation date, so the COS texts say "if"
  const cos = input.provider === 'cos';
  const effect = defaultHostRule(
    input.provider ?? 'oss',
    input.hostKind,
    input.disposition,
  )(input.key, input.contentType);
  if (effect.refused)
    out.push(
      cos
        ? { code: 'cos-app-package-forbidden', severity: 'warning' }
        : { code: 'app-package-forbidden', severity: 'error' },
    );
  if (effect.forced) out.push({ code: cos ? 'cos-forced-download' : 'forced-download', severity: 'warning' });
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
