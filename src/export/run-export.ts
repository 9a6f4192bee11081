// The export pipeline: pages (listing) → sign + format (workers) → sink, in order, with a few pages in
// flight so listing, signing and writing overlap (in-flight-window.ts). Cancel (AbortSignal) stops listing
// and signing at once and closes the file with the whole pages already written; a listing that keeps
// failing ends the export the same way, with the reason. Credentials: export-credentials.ts; counters,
// progress and the summary: export-progress.ts. Whatever fails, and when, the sink is closed (or dropped
// when nothing was written), so a picked file is never left open.
import { validateValidity } from '../core/expiry';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { hasPerKeyFilename, linkTemplateFor, type LinkOptions } from '../core/link/link-options';
import { cosLinkTemplateFor } from '../core/provider/cos-link-provider';
import type { ProviderKind } from '../core/provider/link-provider';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import { getUrlListHeader, utf8Length, type UrlListColumn } from '../core/url-list/url-list-format';
import type { UrlListFormat } from '../core/url-list/url-list-format';
import { isAbortError } from '../async/abortable';
import type { StsCredentials } from '../sts/sts-credentials';
import { perPageValidity, type ExportCredentials } from './export-credentials';
import { ExportProgressTracker } from './export-progress';
import type { ExportSink } from './export-sink';
import type { ExportProgress, ExportSummary } from './export-types';
import { signedFlights, type Flights } from './flights';
import { InFlightWindow } from './in-flight-window';
import type { PageFilter, PageTemplate } from '../workers/sign-protocol';
import type { PageJob, PageSigner } from './page-signer';

export type { ExportCredentials } from './export-credentials';

export interface ExportPlan {
  /** the bucket's cloud, whose core signs the links (default OSS) */
  cloud?: ProviderKind | undefined;
  bucket: string;
  endpoint: EndpointSettings;
  options: LinkOptions;
  format: UrlListFormat;
  columns: readonly UrlListColumn[];
  /** (key, url) pairs to keep for verify: 0 none; Infinity every row */
  sampleSize?: number;
  /** only the objects it keeps get a row (applied to each page where it is signed) */
  filter?: PageFilter | undefined;
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
  /** no row written: drop the file instead of delivering a header alone (a re-signed list) */
  dropWhenEmpty?: boolean | undefined;
}

// The template's key only feeds the disposition file name, which is per key when it varies.
const TEMPLATE_KEY = 'k';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The plan's link options as its cloud's template (throws CoreInputError naming what it cannot do). */
function pageTemplateFor(plan: ExportPlan): PageTemplate {
  return plan.cloud === 'cos'
    ? { cloud: 'cos', template: cosLinkTemplateFor(plan.bucket, TEMPLATE_KEY, plan.options, plan.endpoint) }
    : { cloud: 'oss', template: linkTemplateFor(plan.bucket, TEMPLATE_KEY, plan.options, plan.endpoint) };
}

export async function runExport(run: ExportRun): Promise<ExportSummary> {
  const { plan, credentials, signer, sink, signal } = run;
  const validity = plan.options.validitySeconds;
  const progress = new ExportProgressTracker({
    clock: run.clock ?? (() => performance.now()),
    total: run.total,
    sampleSize: plan.sampleSize ?? 0,
    cloud: plan.cloud,
    onProgress: run.onProgress,
  });
  const window = new InFlightWindow(
    Math.max(2, signer.parallelism * 2),
    async (page, countOnArrival) => {
      await sink.write(page.content);
      progress.onWritten(page, countOnArrival);
      progress.report();
    },
    (page) => {
      progress.signed += page.rows;
    },
    signal,
  );
  let opened = false;
  let outcome: ExportSummary;
  try {
    signal?.throwIfAborted();
    validateValidity(validity);
    const link = pageTemplateFor(plan);
    const perKeyFilename = hasPerKeyFilename(plan.options);
    if (!run.flights && !run.pages) throw new Error('An export needs pages or flights.');
    const first = await credentials.ensure(validity, signal);
    progress.grantedSeconds = first.grantedSeconds;
    progress.signedAt = credentials.now();
    const pageValidity = perPageValidity(first, credentials.now(), validity);
    const header = getUrlListHeader(plan.format, plan.columns);
    await sink.write(header);
    opened = true;
    progress.fileBytes += utf8Length(header);
    const jobFor = (c: StsCredentials): Omit<PageJob, 'entries'> => ({
      credentials: {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken,
      },
      session: { now: credentials.now(), region: plan.endpoint.region },
      link,
      perKeyFilename,
      ...(plan.filter ? { filter: plan.filter } : {}),
      spec: {
        format: plan.format,
        columns: plan.columns,
        credentialsExpireAt: c.expiresAt,
        hostKind: link.template.origin.hostKind,
        cloud: link.cloud,
        disposition: plan.options.disposition,
        sampleSize: plan.sampleSize ?? 0,
      },
    });
    const flights = run.flights ?? signedFlights(run.pages!, signer);
    for await (const next of flights({
      jobFor,
      credentials: () => credentials.ensure(pageValidity, signal),
      signal,
    })) {
      signal?.throwIfAborted();
      if (next.listed !== undefined) progress.listed += next.listed;
      if (next.signed !== undefined) await window.push(next.signed, next.listed === undefined);
      progress.report();
    }
    await window.drain();
    outcome = progress.summary('done', validity);
  } catch (err) {
    if (signal?.aborted && (isAbortError(err) || err === signal.reason)) {
      outcome = progress.summary('cancelled', validity);
    } else {
      // Pages already listed and being signed are whole: keep them, so a resumed export loses nothing.
      try {
        if (opened) await window.drain();
      } catch {
        // a signing failure on top of the first one: the file ends at the last whole page
      }
      outcome = progress.summary('failed', validity, messageOf(err));
    }
  }
  try {
    // nothing written (a refusal before the first row, or no row where one was required): drop the
    // file rather than deliver an empty one
    const keep = opened && !(run.dropWhenEmpty === true && progress.written === 0);
    if (keep) await sink.close();
    else await sink.abort();
    outcome = { ...outcome, fileWritten: keep };
  } catch (err) {
    await sink.abort();
    outcome = { ...outcome, status: 'failed', error: messageOf(err), fileWritten: false };
  }
  progress.report();
  return outcome;
}
