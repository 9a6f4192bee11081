// CSV that opens everywhere and harms no one: RFC 4180 quoting by papaparse, a UTF-8 BOM so Excel
// reads 中文 correctly, CRLF rows, and the formula-injection guard (OWASP) on every text cell.
import Papa from 'papaparse';

export const UTF8_BOM = '\uFEFF';
/**
 * A cell that starts with one of these is read as a formula by spreadsheets; it gets a leading `'`.
 * (papaparse's default pattern ends in `.*$` and so misses values with a line break: ours doesn't.)
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export type CsvCell = string | number;
export type CsvRecord<C extends string> = Readonly<Record<C, CsvCell>>;

const unparseConfig = {
  header: false,
  newline: '\r\n',
  escapeFormulae: FORMULA_TRIGGER,
  quotes: false,
} as const;

/** The first chunk of a file: BOM (optional) and the header row. */
export function getCsvHeader(columns: readonly string[], withBom = true): string {
  return `${withBom ? UTF8_BOM : ''}${Papa.unparse([columns.slice()], unparseConfig)}\r\n`;
}

/** Complete rows (each ending in CRLF) for `records`, in `columns` order. Empty input gives ''. */
export function getCsvRows<C extends string>(
  columns: readonly C[],
  records: ReadonlyArray<CsvRecord<C>>,
): string {
  if (records.length === 0) return '';
  const data = records.map((r) => columns.map((c) => r[c]));
  return `${Papa.unparse(data, unparseConfig)}\r\n`;
}

/** Undoes the guard on a cell read back from our own CSV: `'=1` → `=1` (a leading `'` before a trigger). */
export function removeFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
