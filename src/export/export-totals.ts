// Figures gathered page by page for the summary, and the warnings they add up to.
import type { ProviderKind } from '../core/provider/link-provider';
import type { EncodedUrlListPage } from '../workers/sign-protocol';
import type { ExportWarning } from './export-types';

const MAX_EXAMPLES = 5;

export interface PageTotals {
  objectBytes: number;
  minExpiresAt: number;
  limitedByCredentials: number;
  forcedDownload: number;
  appPackages: number;
  /** `folder/` marker objects listed: empty folders, no row */
  folderMarkers: number;
  unsignable: number;
  examples: EncodedUrlListPage['failures'];
  /** reservoir sample of (key, url) for verify, at most sampleSize */
  sample: Array<{ key: string; url: string }>;
  sampleSize: number;
  /** rows offered to the reservoir so far */
  seen: number;
  random: () => number;
}

export function emptyTotals(sampleSize: number, random: () => number = Math.random): PageTotals {
  return {
    objectBytes: 0,
    minExpiresAt: 0,
    limitedByCredentials: 0,
    forcedDownload: 0,
    appPackages: 0,
    folderMarkers: 0,
    unsignable: 0,
    examples: [],
    sample: [],
    sampleSize,
    seen: 0,
    random,
  };
}

export function addPage(t: PageTotals, page: EncodedUrlListPage): void {
  t.objectBytes += page.objectBytes;
  if (page.rows > 0 && (t.minExpiresAt === 0 || page.minExpiresAt < t.minExpiresAt))
    t.minExpiresAt = page.minExpiresAt;
  t.limitedByCredentials += page.limitedByCredentials;
  t.forcedDownload += page.forcedDownload;
  t.appPackages += page.appPackages;
  t.folderMarkers += page.folderMarkers;
  t.unsignable += page.failures.length;
  for (const f of page.failures) if (t.examples.length < MAX_EXAMPLES) t.examples.push(f);
  // Reservoir sampling (algorithm R) over the pages' own spread samples: a fair sample of any length.
  for (const s of page.sample) {
    t.seen += 1;
    if (t.sample.length < t.sampleSize) t.sample.push(s);
    else {
      const j = Math.floor(t.random() * t.seen);
      if (j < t.sampleSize) t.sample[j] = s;
    }
  }
}

export function summaryWarnings(
  t: PageTotals,
  o: {
    askedSeconds: number;
    grantedSeconds: number | undefined;
    signedAt?: number | undefined;
    cloud: ProviderKind;
  },
): ExportWarning[] {
  const out: ExportWarning[] = [];
  if (t.limitedByCredentials > 0)
    out.push({
      code: 'credentials-shorter',
      rows: t.limitedByCredentials,
      earliestExpiresAt: t.minExpiresAt,
      askedSeconds: o.askedSeconds,
      grantedSeconds: o.grantedSeconds,
      ...(o.signedAt === undefined ? {} : { signedAt: o.signedAt }),
    });
  if (t.forcedDownload > 0) out.push({ code: 'forced-download', rows: t.forcedDownload, cloud: o.cloud });
  if (t.appPackages > 0) out.push({ code: 'app-package', rows: t.appPackages, cloud: o.cloud });
  if (t.unsignable > 0) out.push({ code: 'unsignable', rows: t.unsignable, examples: t.examples });
  return out;
}
