// What an export reports while it runs and when it ends. Plain data: the dialog renders it, tests read it.
import type { CoreProblem } from '../core/errors/core-problem';
import type { ProviderKind } from '../core/provider/link-provider';

/** A key the core refused to sign: the problem as data, `message` in en-US for logs. */
export interface KeyFailure {
  key: string;
  message: string;
  problem: CoreProblem;
}

export interface ExportProgress {
  /** objects received from listing (or from the selection) */
  listed: number;
  /** objects the export's filter kept, of the pages written so far (= listed without a filter) */
  matched: number;
  /** rows signed and formatted */
  signed: number;
  /** rows handed to the file */
  written: number;
  /** bytes of the file so far (UTF-8) */
  fileBytes: number;
  /** sum of the exported objects' sizes */
  objectBytes: number;
  elapsedMs: number;
  /** rows written per second so far */
  rowsPerSecond: number;
  /** when the number of objects is known up front (selected keys, a re-signed list) */
  total?: number | undefined;
  etaSeconds?: number | undefined;
}

export type ExportWarning =
  | {
      code: 'credentials-shorter';
      rows: number;
      /** the earliest effective expiry of a row, ms */
      earliestExpiresAt: number;
      askedSeconds: number;
      /** what the broker granted, when it says */
      grantedSeconds?: number | undefined;
      /** when the first page was signed (the broker's clock), ms */
      signedAt?: number | undefined;
    }
  /** inline links the cloud serves as downloads on its own hosts (COS: buckets made after 2024-01-01) */
  | { code: 'forced-download'; rows: number; cloud: ProviderKind }
  /** .apk/.ipa links the cloud refuses on its own hosts */
  | { code: 'app-package'; rows: number; cloud: ProviderKind }
  | { code: 'unsignable'; rows: number; examples: KeyFailure[] };

export type ExportStatus = 'done' | 'cancelled' | 'failed';

export interface ExportSummary {
  status: ExportStatus;
  /** rows in the file (whole rows only, whatever the status) */
  rows: number;
  /** objects listed (or given): count in. rows + unsignable = listed when the export ran to its end */
  listed: number;
  /** objects the filter kept: rows + unsignable = matched (= listed without a filter) */
  matched: number;
  /** `folder/` marker objects met: empty folders, which get no row (not counted in listed) */
  folderMarkers: number;
  objectBytes: number;
  fileBytes: number;
  durationMs: number;
  warnings: ExportWarning[];
  /** false when no file was delivered (nothing written, or nothing signed where rows were required) */
  fileWritten?: boolean | undefined;
  /** failed: what stopped the export, for the operator */
  error?: string | undefined;
  /** (key, url) pairs kept for the verify step */
  sample: Array<{ key: string; url: string }>;
}
