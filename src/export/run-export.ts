// The export pipeline: pages (listing) → sign + format (workers) → sink, in order, with a few pages in
// flight so listing, signing and writing overlap. Cancel (AbortSignal) stops listing and signing at once
// and closes the file with the whole pages already written; a listing that keeps failing ends the export
// the same way, with the reason. Credentials are made to outlive the links before the first row and
// checked again per page, so rows signed after a refresh carry the new token and their own expiry.
import { CLOCK_SKEW_MARGIN_SECONDS, validateValidity } from '../core/expiry';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { hasPerKeyFilename, linkTemplateFor, type LinkOptions } from '../core/link/link-options';
import type { SignedUrlListPage, UrlListEntry } from '../core/url-list/sign-url-list-page';
import { getUrlListHeader, utf8Length, type UrlListColumn } from '../core/url-list/url-list-format';
import type { UrlListFormat } from '../core/url-list/url-list-format';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import type { StsCredentials } from '../sts/sts-credentials';
import { isAbortError } from '../sts/abortable';
import type { ExportSink } from './export-sink';
import type { ExportProgress, ExportSummary } from './export-types';
import type { PageSigner } from './page-signer';
import { summaryWarnings, type PageTotals, addPage, emptyTotals } from './export-totals';

export interface ExportPlan {
  bucket: string;
  endpoint: EndpointSettings;
  options: LinkOptions;
  format: UrlListFormat;
  columns: readonly UrlListColumn[];
  /** (key, url) pairs to keep for verify: 0 none; Infinity every row */
  sampleSize?: number;
}

export interface ExportCredentials {
  ensure(minValiditySeconds: number, signal?: AbortSignal): Promise<StsCredentials>;
  /** the broker's clock */
  now(): number;
}

export interface ExportRun {
  plan: ExportPlan;
  pages: AsyncIterable<readonly UrlListEntry[]>;
  total?: number | undefined;
  credentials: ExportCredentials;
  signer: PageSigner;
  sink: ExportSink;
  signal?: AbortSignal | undefined;
  onProgress?(progress: ExportProgress): void;
  /** monotonic ms, for rate and duration */
  clock?: () => number;
}

// The template's key only feeds the disposition file name, which is per key when it varies.
const TEMPLATE_KEY = 'k';

/** Validity to ask per page: all of it when the broker grants enough, else most of what it grants. */
function perPageValidity(first: StsCredentials, now: number, validity: number): number {
  const reach = Math.floor((first.expiresAt - now) / 1000) - CLOCK_SKEW_MARGIN_SECONDS;
  if (reach >= validity) return validity;
  // Asking for the full validity again would call the broker on every page: take 90 % of the reach,
  // so the credentials are refreshed once they have lost a tenth of their life.
  return Math.max(API_CALL_VALIDITY_SECONDS, Math.floor(reach * 0.9));
}

export async function runExport(run: ExportRun): Promise<ExportSummary> {
  const { plan, credentials, signer, sink, signal } = run;
  const clock = run.clock ?? (() => performance.now());
  const started = clock();
  const validity = plan.options.validitySeconds;
  validateValidity(validity);
  const template = linkTemplateFor(plan.bucket, TEMPLATE_KEY, plan.options, plan.endpoint);
  const perKeyFilename = hasPerKeyFilename(plan.options);
  const totals: PageTotals = emptyTotals(plan.sampleSize ?? 0);
  let listed = 0;
  let signed = 0;
  let written = 0;
  let fileBytes = 0;
  let grantedSeconds: number | undefined;
  const report = (): void => {
    if (!run.onProgress) return;
    const elapsedMs = clock() - started;
    const rowsPerSecond = elapsedMs > 0 ? (written * 1000) / elapsedMs : 0;
    const total = run.total;
    const etaSeconds =
      total !== undefined && rowsPerSecond > 0 ? Math.max(0, (total - written) / rowsPerSecond) : undefined;
    run.onProgress({
      listed,
      signed,
      written,
      fileBytes,
      objectBytes: totals.objectBytes,
      elapsedMs,
      rowsPerSecond,
      total,
      etaSeconds,
    });
  };
  const summary = (status: ExportSummary['status'], error?: string): ExportSummary => ({
    status,
    rows: written,
    listed,
    objectBytes: totals.objectBytes,
    fileBytes,
    durationMs: clock() - started,
    warnings: summaryWarnings(totals, validity, grantedSeconds),
    ...(error === undefined ? {} : { error }),
    sample: totals.sample,
  });

  type Flight = { promise: Promise<SignedUrlListPage>; done: boolean };
  const queue: Flight[] = [];
  const writeHead = async (): Promise<void> => {
    const page = await queue[0]!.promise;
    signal?.throwIfAborted();
    queue.shift();
    await sink.write(page.text);
    addPage(totals, page);
    written += page.rows;
    fileBytes += page.textBytes;
    report();
  };
  const maxInFlight = Math.max(2, signer.parallelism * 2);

  let outcome: ExportSummary;
  try {
    signal?.throwIfAborted();
    const first = await credentials.ensure(validity, signal);
    grantedSeconds = first.grantedSeconds;
    const pageValidity = perPageValidity(first, credentials.now(), validity);
    const header = getUrlListHeader(plan.format, plan.columns);
    await sink.write(header);
    fileBytes += utf8Length(header);
    for await (const entries of run.pages) {
      signal?.throwIfAborted();
      listed += entries.length;
      if (entries.length === 0) continue;
      const c = await credentials.ensure(pageValidity, signal);
      const flight: Flight = {
        done: false,
        promise: signer.signPage({
          credentials: {
            accessKeyId: c.accessKeyId,
            accessKeySecret: c.accessKeySecret,
            securityToken: c.securityToken,
          },
          session: { now: credentials.now(), region: plan.endpoint.region },
          template,
          perKeyFilename,
          entries: [...entries],
          spec: {
            format: plan.format,
            columns: plan.columns,
            credentialsExpireAt: c.expiresAt,
            hostKind: template.origin.hostKind,
            disposition: plan.options.disposition,
            sampleSize: Math.min(entries.length, plan.sampleSize ?? 0),
          },
        }),
      };
      flight.promise.then(
        (p) => {
          flight.done = true;
          signed += p.rows;
        },
        () => undefined,
      );
      queue.push(flight);
      // write what is ready without waiting; wait only when too many pages are in flight
      while (queue.length > 0 && (queue[0]!.done || queue.length >= maxInFlight)) await writeHead();
      report();
    }
    while (queue.length > 0) await writeHead();
    outcome = summary('done');
  } catch (err) {
    if (signal?.aborted && (isAbortError(err) || err === signal.reason)) {
      outcome = summary('cancelled');
    } else {
      // Pages already listed and being signed are whole: keep them, so a resumed export loses nothing.
      try {
        while (queue.length > 0) await writeHead();
      } catch {
        // a signing failure on top of the first one: the file ends at the last whole page
      }
      outcome = summary('failed', err instanceof Error ? err.message : String(err));
    }
  }
  try {
    await sink.close();
  } catch (err) {
    await sink.abort();
    outcome = { ...outcome, status: 'failed', error: err instanceof Error ? err.message : String(err) };
  }
  report();
  return outcome;
}
