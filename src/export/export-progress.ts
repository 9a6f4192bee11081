// The export's counters, its progress reports (rate, ETA) and its final summary. Plain data in, plain data
// out: the pipeline calls it; the dialog renders what it reports.
import type { EncodedUrlListPage } from '../workers/sign-protocol';
import { addPage, emptyTotals, summaryWarnings, type PageTotals } from './export-totals';
import type { ExportProgress, ExportSummary } from './export-types';
import type { ProviderKind } from '../core/provider/link-provider';

export interface ProgressOptions {
  /** monotonic ms */
  clock: () => number;
  total: number | undefined;
  sampleSize: number;
  /** whose default-host rules the forced-download and app-package warnings name (default OSS) */
  cloud?: ProviderKind | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

export class ExportProgressTracker {
  readonly #o: ProgressOptions;
  readonly #started: number;
  readonly #totals: PageTotals;
  listed = 0;
  /** objects the filter kept (= listed without one) */
  matched = 0;
  signed = 0;
  written = 0;
  fileBytes = 0;
  /** what the broker granted for the first page, when it says */
  grantedSeconds: number | undefined;
  /** when the first page was signed (the broker's clock), ms */
  signedAt: number | undefined;

  constructor(o: ProgressOptions) {
    this.#o = o;
    this.#started = o.clock();
    this.#totals = emptyTotals(o.sampleSize);
  }

  /** A page reached the file. */
  onWritten(page: EncodedUrlListPage, countOnArrival: boolean): void {
    addPage(this.#totals, page);
    if (countOnArrival) this.listed += page.listed;
    this.matched += page.matched;
    this.written += page.rows;
    this.fileBytes += page.byteLength;
  }

  report(): void {
    if (!this.#o.onProgress) return;
    const elapsedMs = this.#o.clock() - this.#started;
    const rowsPerSecond = elapsedMs > 0 ? (this.written * 1000) / elapsedMs : 0;
    const total = this.#o.total;
    const etaSeconds =
      total !== undefined && rowsPerSecond > 0
        ? Math.max(0, (total - this.written) / rowsPerSecond)
        : undefined;
    this.#o.onProgress({
      listed: this.listed,
      matched: this.matched,
      signed: this.signed,
      written: this.written,
      fileBytes: this.fileBytes,
      objectBytes: this.#totals.objectBytes,
      elapsedMs,
      rowsPerSecond,
      total,
      etaSeconds,
    });
  }

  summary(status: ExportSummary['status'], askedSeconds: number, error?: string): ExportSummary {
    return {
      status,
      rows: this.written,
      listed: this.listed,
      matched: this.matched,
      folderMarkers: this.#totals.folderMarkers,
      objectBytes: this.#totals.objectBytes,
      fileBytes: this.fileBytes,
      durationMs: this.#o.clock() - this.#started,
      warnings: summaryWarnings(this.#totals, {
        askedSeconds,
        grantedSeconds: this.grantedSeconds,
        signedAt: this.signedAt,
        cloud: this.#o.cloud ?? 'oss',
      }),
      ...(error === undefined ? {} : { error }),
      sample: this.#totals.sample,
    };
  }
}
