// One export as the dialog starts it: choose the pages (a source, or a re-signed list), the signer (worker
// pool, else the page itself), run the pipeline, then the optional verify step. Framework-free.
import type { Presigner } from '../core/presign';
import { createSignPool } from '../workers/sign-pool';
import type { ExportSink } from './export-sink';
import { knownTotal, sourcePages, type ExportSource, type Lister } from './export-source';
import type { ExportProgress, ExportSummary } from './export-types';
import { inThreadPageSigner, poolPageSigner, type PageSigner } from './page-signer';
import { resignPages, type Header } from './resign-source';
import { runExport, type ExportCredentials, type ExportPlan } from './run-export';
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
  oss: Lister & Header;
  credentials: ExportCredentials;
  presigner: Promise<Presigner>;
  sink: ExportSink;
  signal: AbortSignal;
  onProgress?(progress: ExportProgress): void;
  onVerifying?(checked: number, of: number): void;
  /** tests: sign on the page */
  workers?: boolean;
}

export interface ExportJobResult {
  summary: ExportSummary;
  /** re-sign: keys OSS no longer has */
  missing: string[];
  verify?: VerifyResult | undefined;
}

function makeSigner(presigner: Promise<Presigner>, workers: boolean): PageSigner {
  if (workers && typeof Worker !== 'undefined') {
    try {
      return poolPageSigner(createSignPool());
    } catch {
      // a CSP without worker-src, or no module workers: sign on the page
    }
  }
  return inThreadPageSigner(presigner);
}

export async function runExportJob(o: ExportJobOptions): Promise<ExportJobResult> {
  const missing: string[] = [];
  const pages =
    o.input.kind === 'source'
      ? sourcePages(o.input.source, o.oss, { signal: o.signal })
      : resignPages(o.input.keys, o.oss, { signal: o.signal, onMissing: (k) => missing.push(k) });
  const total = o.input.kind === 'source' ? knownTotal(o.input.source) : o.input.keys.length;
  const sampleSize = o.verify === 'off' ? 0 : o.verify === 'sample' ? VERIFY_SAMPLE : VERIFY_ALL_CAP;
  const signer = makeSigner(o.presigner, o.workers ?? true);
  let summary: ExportSummary;
  try {
    summary = await runExport({
      plan: { ...o.plan, sampleSize },
      pages,
      total,
      credentials: o.credentials,
      signer,
      sink: o.sink,
      signal: o.signal,
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
  } finally {
    signer.close();
  }
  if (summary.status !== 'done' || summary.sample.length === 0) return { summary, missing };
  const sample = summary.sample;
  const verify = await verifyUrls(sample, {
    signal: o.signal,
    onChecked: (n) => o.onVerifying?.(n, sample.length),
  }).catch(() => undefined);
  return { summary, missing, verify };
}
