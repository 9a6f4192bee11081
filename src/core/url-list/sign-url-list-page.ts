// One page of the export: sign every key, build its rows and return them as finished text, with the
// figures the summary needs. Runs in a signing worker (or on the page as the fallback): the main thread
// receives one string per page and never builds rows.
import type { CoreProblem } from '../errors/core-problem';
import type { HostKind } from '../endpoint/resolve-object-origin';
import { getEffectiveExpiry, isMaterialShortfall, toIsoSeconds } from '../expiry/effective-expiry';
import { extensionOf, guessContentType } from '../link/content-kind';
import { defaultHostRule } from '../link/default-host-rule';
import type { ProviderKeySigner, ProviderKind } from '../provider/link-provider';
import { CoreInputError } from '../errors/core-input-error';
import { isFolderMarker } from '../listing/folder-path';
import type { UrlListColumn, UrlListFormat, UrlListRecord } from './url-list-format';
import { formatUrlListRows } from './url-list-format';

/** An object to list: from a listing page (all fields) or a key given alone (key only). */
export interface UrlListEntry {
  key: string;
  size?: number | undefined;
  /** ms since the epoch */
  lastModified?: number | undefined;
  etag?: string | undefined;
  /** the stored Content-Type when known (HEAD); else guessed from the extension */
  contentType?: string | undefined;
}

export interface UrlListPageSpec {
  format: UrlListFormat;
  columns: readonly UrlListColumn[];
  /** when the signing credentials expire, ms: rows show min(URL, credentials) */
  credentialsExpireAt: number;
  hostKind: HostKind;
  /** the bucket's cloud (default OSS): whose default-host rules the forced-download counts follow */
  cloud?: ProviderKind | undefined;
  disposition: 'inline' | 'attachment';
  /** how many (key, url) pairs to hand back for verification, spread over the page; 0 for none */
  sampleSize: number;
}

export interface SignedUrlListPage {
  text: string;
  rows: number;
  /** objects given (rows + failures; folder markers not counted): what the listing contributed */
  listed: number;
  /** `folder/` marker objects given: empty folders, not files to share, so they get no row */
  folderMarkers: number;
  /** sum of the sizes of the rows' objects */
  objectBytes: number;
  /** keys OSS cannot hold (a typed key: empty, leading `/`, too long), left out of the file */
  /** keys the core refused: the problem as data (the console renders it), `message` in en-US for logs */
  failures: Array<{ key: string; message: string; problem: CoreProblem }>;
  /** the earliest effective expiry among the rows, ms (0 when no row) */
  minExpiresAt: number;
  /** rows cut short by the credentials by more than the clock-skew margin (isMaterialShortfall) */
  limitedByCredentials: number;
  /** inline links the cloud will serve as downloads on its own hosts (defaultHostRule) */
  forcedDownload: number;
  /** .apk/.ipa on the cloud's own hosts: refused (OSS ApkDownloadForbidden, COS DownloadForbidden) */
  appPackages: number;
  /** up to spec.sampleSize rows, evenly spread, for the optional verify step */
  sample: Array<{ key: string; url: string }>;
}

export function signUrlListPage(
  sign: ProviderKeySigner,
  entries: readonly UrlListEntry[],
  spec: UrlListPageSpec,
): SignedUrlListPage {
  const records: UrlListRecord[] = [];
  const failures: SignedUrlListPage['failures'] = [];
  const rule = defaultHostRule(spec.cloud ?? 'oss', spec.hostKind, spec.disposition);
  let objectBytes = 0;
  let minExpiresAt = 0;
  let limitedByCredentials = 0;
  let forcedDownload = 0;
  let appPackages = 0;
  let folderMarkers = 0;
  let expiresIso = '';
  let expiresIsoFor = -1;
  // a page's objects often share dates and extensions: format / classify each distinct one once
  let modifiedIso = '';
  let modifiedIsoFor: number | undefined;
  const kinds = new Map<string, { contentType: string; forced: boolean; refused: boolean }>();
  for (const entry of entries) {
    if (isFolderMarker(entry.key)) {
      folderMarkers += 1;
      continue;
    }
    let signed;
    try {
      signed = sign(entry.key);
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      failures.push({ key: entry.key, message: e.message, problem: e.problem });
      continue;
    }
    const effective = getEffectiveExpiry(signed.expiresAt, spec.credentialsExpireAt);
    // the one rule: a link that ends within the skew margin of its asked validity is not "cut short"
    if (isMaterialShortfall(effective)) limitedByCredentials += 1;
    if (minExpiresAt === 0 || effective.expiresAt < minExpiresAt) minExpiresAt = effective.expiresAt;
    // one page shares one expiry: format it once
    if (effective.expiresAt !== expiresIsoFor) {
      expiresIsoFor = effective.expiresAt;
      expiresIso = toIsoSeconds(effective.expiresAt);
    }
    const ext = extensionOf(entry.key);
    let kind = entry.contentType === undefined ? kinds.get(ext) : undefined;
    if (kind === undefined) {
      const contentType = guessContentType(entry.key, entry.contentType);
      kind = { contentType, ...rule(entry.key, contentType) };
      if (entry.contentType === undefined) kinds.set(ext, kind);
    }
    if (kind.refused) appPackages += 1;
    else if (kind.forced) forcedDownload += 1;
    objectBytes += entry.size ?? 0;
    let lastModified = '';
    if (entry.lastModified !== undefined) {
      if (entry.lastModified !== modifiedIsoFor) {
        modifiedIsoFor = entry.lastModified;
        modifiedIso = toIsoSeconds(entry.lastModified);
      }
      lastModified = modifiedIso;
    }
    records.push({
      key: entry.key,
      url: signed.url,
      size: entry.size ?? '',
      last_modified: lastModified,
      etag: entry.etag ?? '',
      content_type: kind.contentType,
      expires_at: expiresIso,
    });
  }
  const text = formatUrlListRows(spec.format, spec.columns, records);
  const sample: SignedUrlListPage['sample'] = [];
  const take = Math.min(spec.sampleSize, records.length);
  for (let i = 0; i < take; i++) {
    const r = records[Math.floor((i * records.length) / take)]!;
    sample.push({ key: String(r.key), url: String(r.url) });
  }
  return {
    text,
    rows: records.length,
    listed: entries.length - folderMarkers,
    folderMarkers,
    objectBytes,
    failures,
    minExpiresAt,
    limitedByCredentials,
    forcedDownload,
    appPackages,
    sample,
  };
}
