// One export as the dialog starts it: choose the pages (a source, or a re-signed list), the signer (worker
// pool, else the page itself), run the pipeline, then the optional verify step. Framework-free.
import { isEmptyFilter } from '../core/filter/export-filter';
import type { PagePresigners } from '../workers/page-presigners';
import { createSignPool, defaultPoolSize, type SignPool } from '../workers/sign-pool';
import { createSignPoolKeeper, SIGN_POOL_IDLE_MS } from '../workers/warm-sign-pool';
import type { ExportSink } from './export-sink';
import { delimiterOf, knownTotal, sourcePages, type ExportSource, type Lister } from './export-source';
import type { ExportProgress, ExportSummary } from './export-types';
import { inThreadPageSigner, poolPageSigner, type PageSigner } from './page-signer';
import { resignPages, type Header } from './resign-source';
import { concatFlights, signedFlights, type Flights } from './flights';
import { runExport, type ExportCredentials, type ExportPlan } from './run-export';
import { workerListedFlights } from './worker-listing';
import { verifyUrls, type VerifyResult } from './verify-urls';

export type ExportInput =
  { kind: 'source'; source: ExportSource } | { kind: 'resign'; keys: readonly string[] };

export type VerifyMode = 'off' | 'sample' | 'all';
/** rows probed by "sample"; "all" probes every row up to this cap (beyond it, a fair sample of this size) */
export const VERIFY_SAMPLE = 100;
export const VERIFY_ALL_CAP = 20_000;

export interface ExportJobOptions {
  input: ExportInput;
  plan: Omit<ExportPlan, 'sampleSize'>;
  verify: VerifyMode;
  /** the bucket's client (OSS or COS, as plan.cloud): lists (on this thread when workers are off), heads;
   * its origin is where workers list */
  oss: Lister & Header & { origin: string; bucket: string };
  credentials: ExportCredentials & { invalidate(accessKeyId: string): Promise<unknown> };
  /** the page's signing cores, for signing on this thread when workers are unavailable */
  presigners: PagePresigners;
  sink: ExportSink;
  signal: AbortSignal;
  onProgress?(progress: ExportProgress): void;
  onVerifying?(checked: number, of: number): void;
  /** tests: sign on the page */
  workers?: boolean;
}

export interface ExportJobResult {
  summary: ExportSummary;
  /** re-sign and selected keys: keys OSS no longer has (left out of the file) */
  missing: string[];
  /** re-sign and selected keys: keys the credentials may not read (AccessDenied), left out, with OSS's word */
  refused: Array<{ key: string; message: string }>;
  /** the verify step's result, or why it could not run */
  verify?: VerifyResult | { error: string } | undefined;
}

/** One signing worker per core; listing pages (the sequential part of an export) has its own worker. */
const signPools = createSignPoolKeeper({
  create: () => createSignPool(defaultPoolSize()),
  idleMs: SIGN_POOL_IDLE_MS,
});

/**
 * Starts the export's signing workers ahead (the Export dialog opened): the export that follows finds them
 * loaded, compiled and ready. Kept for SIGN_POOL_IDLE_MS; nothing happens where workers cannot run.
 */
export function prewarmExportWorkers(): void {
  if (typeof Worker !== 'undefined') signPools.prewarm();
}

/** The worker pool (kept warm between exports), or undefined where workers cannot run (a CSP without
 * worker-src, no module workers). */
async function takePool(workers: boolean): Promise<SignPool | undefined> {
  if (!workers || typeof Worker === 'undefined') return undefined;
  return signPools.acquire();
}

/** With workers, listings are fetched and signed in them; selected keys are signed there too. */
function flightsFor(
  o: ExportJobOptions,
  pool: SignPool | undefined,
  signer: PageSigner,
  left: Pick<ExportJobResult, 'missing' | 'refused'>,
): Flights {
  const input = o.input;
  const onMissing = (k: string) => left.missing.push(k);
  const onRefused = (key: string, err: Error) => left.refused.push({ key, message: err.message });
  if (input.kind === 'resign') {
    const pages = resignPages(input.keys, o.oss, { signal: o.signal, onMissing, onRefused });
    return signedFlights(pages, signer);
  }
  const source = input.source;
  // selected keys without a listing entry: HEAD fills their size, date, ETag and type
  const selected = { signal: o.signal, header: o.oss, onMissing, onRefused };
  if (!pool) return signedFlights(sourcePages(source, o.oss, selected), signer);
  const listing = (prefixes: string[]) =>
    workerListedFlights(pool, prefixes, {
      delimiter: delimiterOf(source),
      cloud: o.plan.cloud,
      origin: o.oss.origin,
      bucket: o.oss.bucket,
      invalidate: (id) => o.credentials.invalidate(id),
    });
  if (source.kind === 'prefix') return listing([source.prefix]);
  if (source.kind === 'search') return listing([source.prefix + source.search]);
  // selected keys first (as given), then the selected folders, listed by the workers
  const keysOnly = sourcePages(
    { kind: 'selection', selection: { ...source.selection, prefixes: [] } },
    o.oss,
    selected,
  );
  const inside = (key: string) => source.selection.prefixes.some((p) => key.startsWith(p));
  const filtered = (async function* () {
    for await (const page of keysOnly) yield page.filter((e) => !inside(e.key));
  })();
  const prefixes = [...new Set(source.selection.prefixes)]
    .sort()
    .filter((p, i, all) => !all.slice(0, i).some((q) => p.startsWith(q)));
  return concatFlights(signedFlights(filtered, signer), listing(prefixes));
}

export async function runExportJob(o: ExportJobOptions): Promise<ExportJobResult> {
  const left: Pick<ExportJobResult, 'missing' | 'refused'> = { missing: [], refused: [] };
  const total = o.input.kind === 'source' ? knownTotal(o.input.source) : o.input.keys.length;
  const sampleSize = o.verify === 'off' ? 0 : o.verify === 'sample' ? VERIFY_SAMPLE : VERIFY_ALL_CAP;
  const pool = await takePool(o.workers ?? true);
  const signer = pool ? poolPageSigner(pool) : inThreadPageSigner(o.presigners);
  const source = o.input.kind === 'source' ? o.input.source : undefined;
  // a listed export's filter reads keys relative to the exported folder (the search is part of the name)
  const filter =
    source && source.kind !== 'selection' && source.narrow?.filter && !isEmptyFilter(source.narrow.filter)
      ? { filter: source.narrow.filter, prefix: source.prefix }
      : undefined;
  let summary: ExportSummary;
  let reuse = false;
  try {
    summary = await runExport({
      plan: { ...o.plan, sampleSize, ...(filter ? { filter } : {}) },
      flights: flightsFor(o, pool, signer, left),
      total,
      // a re-signed list of which nothing could be signed gives no file, rather than an empty one
      dropWhenEmpty: o.input.kind === 'resign',
      credentials: o.credentials,
      signer,
      sink: o.sink,
      signal: o.signal,
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    // a failed export may have lost workers: its pool is stopped, not handed to the next one
    reuse = summary.status !== 'failed';
  } finally {
    if (pool) signPools.release(pool, reuse);
  }
  if (summary.status !== 'done' || summary.sample.length === 0) return { summary, ...left };
  const sample = summary.sample;
  try {
    const verify = await verifyUrls(sample, {
      signal: o.signal,
      onChecked: (n) => o.onVerifying?.(n, sample.length),
    });
    return { summary, ...left, verify };
  } catch (err) {
    // the file is whole; the check did not finish (cancelled, or the browser refused the requests)
    return { summary, ...left, verify: { error: err instanceof Error ? err.message : String(err) } };
  }
}
