// The export pipeline: pages (listing) → sign + format (workers) → sink, in order, with a few pages in
// flight so listing, signing and writing overlap. Cancel (AbortSignal) stops listing and signing at once
// and closes the file with the whole pages already written; a listing that keeps failing ends the export
// the same way, with the reason. Credentials are made to outlive the links before the first row and
// checked again per page, so rows signed after a refresh carry the new token and their own expiry.
import { CLOCK_SKEW_MARGIN_SECONDS, validateValidity } from '../core/expiry';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { hasPerKeyFilename, linkTemplateFor, type LinkOptions } from '../core/link/link-options';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import type { EncodedUrlListPage } from '../workers/sign-protocol';
import { getUrlListHeader, utf8Length, type UrlListColumn } from '../core/url-list/url-list-format';
import type { UrlListFormat } from '../core/url-list/url-list-format';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import type { StsCredentials } from '../sts/sts-credentials';
import { isAbortError } from '../sts/abortable';
import type { ExportSink } from './export-sink';
import type { ExportProgress, ExportSummary } from './export-types';
import type { PageJob, PageSigner } from './page-signer';
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

/** One page on its way: how many objects it lists (undefined: counted when signed), and its signed bytes to come. */
export interface Flight {
  listed: number | undefined;
  signed?: Promise<EncodedUrlListPage> | undefined;
}
export interface FlightContext {
  /** what every page job carries, signed with `c` */
  jobFor(c: StsCredentials): Omit<PageJob, 'entries'>;
  /** credentials for the next page (per-page ensure) */
  credentials(): Promise<StsCredentials>;
  signal?: AbortSignal | undefined;
}
/** Produces pages in order; listing and signing may be fused (workers that list). */
export type Flights = (ctx: FlightContext) => AsyncIterable<Flight>;

/** Pages of entries (selected keys, or a listing on this thread) signed by `signer`. */
export function signedFlights(pages: AsyncIterable<readonly UrlListEntry[]>, signer: PageSigner): Flights {
  return async function* (ctx) {
    for await (const entries of pages) {
      ctx.signal?.throwIfAborted();
      if (entries.length === 0) {
        yield { listed: 0 };
        continue;
      }
      const job = ctx.jobFor(await ctx.credentials());
      yield { listed: entries.length, signed: signer.signPage({ ...job, entries: [...entries] }) };
    }
  };
}

/** One after the other. */
export function concatFlights(...parts: Flights[]): Flights {
  return async function* (ctx) {
    for (const part of parts) yield* part(ctx);
  };
}

export interface ExportRun {
  plan: ExportPlan;
  /** pages of entries to sign with `signer`, or `flights` that bring their own signing */
  pages?: AsyncIterable<readonly UrlListEntry[]> | undefined;
  flights?: Flights | undefined;
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

  type InFlight = { promise: Promise<EncodedUrlListPage>; done: boolean; countOnArrival: boolean };
  const queue: InFlight[] = [];
  const writeHead = async (): Promise<void> => {
    const page = await queue[0]!.promise;
    signal?.throwIfAborted();
    const flight = queue.shift()!;
    await sink.write(page.bytes);
    addPage(totals, page);
    if (flight.countOnArrival) listed += page.listed;
    written += page.rows;
    fileBytes += page.bytes.length;
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
    const jobFor = (c: StsCredentials): Omit<PageJob, 'entries'> => ({
      credentials: {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken,
      },
      session: { now: credentials.now(), region: plan.endpoint.region },
      template,
      perKeyFilename,
      spec: {
        format: plan.format,
        columns: plan.columns,
        credentialsExpireAt: c.expiresAt,
        hostKind: template.origin.hostKind,
        disposition: plan.options.disposition,
        sampleSize: plan.sampleSize ?? 0,
      },
    });
    if (!run.flights && !run.pages) throw new Error('An export needs pages or flights.');
    const flights = run.flights ?? signedFlights(run.pages!, signer);
    for await (const next of flights({
      jobFor,
      credentials: () => credentials.ensure(pageValidity, signal),
      signal,
    })) {
      signal?.throwIfAborted();
      if (next.listed !== undefined) listed += next.listed;
      if (next.signed === undefined) continue;
      const flight: InFlight = {
        done: false,
        promise: next.signed,
        countOnArrival: next.listed === undefined,
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
