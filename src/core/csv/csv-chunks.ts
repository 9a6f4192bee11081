// CSV that opens everywhere and harms no one: RFC 4180 quoting by papaparse, a UTF-8 BOM so Excel
// reads 中文 correctly, CRLF rows, and the formula-injection guard (OWASP) on every text cell. The guard
// is reversible, so a key read back from our own CSV is the key that was written (re-sign).
import Papa from 'papaparse';

export const UTF8_BOM = '\uFEFF';
/**
 * The cells that get one leading `'`: a formula trigger (`= + - @`, TAB, CR: what spreadsheets read as a
 * formula; papaparse's default pattern ends in `.*$` and so misses values with a line break: ours
 * doesn't), or an apostrophe. Guarding a leading apostrophe
 * too makes the guard reversible — reading strips exactly one `'` from a cell that starts with `'` followed
 * by a trigger or another `'` — so a real key `'=x` (written `''=x`) comes back as `'=x`, not `=x`.
 */
export const GUARDED_START = /^[=+\-@\t\r']/;

export type CsvCell = string | number;
export type CsvRecord<C extends string> = Readonly<Record<C, CsvCell>>;

const unparseConfig = {
  header: false,
  newline: '\r\n',
  escapeFormulae: GUARDED_START,
  quotes: false,
} as const;

/** The first chunk of a file: BOM (optional) and the header row. */
export function getCsvHeader(columns: readonly string[], withBom = true): string {
  return `${withBom ? UTF8_BOM : ''}${Papa.unparse([columns.slice()], unparseConfig)}\r\n`;
}

const QUOTE = /"/g;

/**
 * True when a text cell could be a formula, holds a quote, comma, line break or BOM, or starts/ends with
 * a space (papaparse quotes those). indexOf per character is several times faster than one regex over
 * the long cells an export has (URLs carrying an STS token).
 */
function needsCare(v: string): boolean {
  const c = v.charCodeAt(0);
  return (
    c === 0x3d || // =
    c === 0x2b || // +
    c === 0x2d || // -
    c === 0x40 || // @
    c === 0x27 || // ' (guarded too, so the guard can be undone)
    c === 0x09 ||
    c === 0x0d ||
    c === 0x20 ||
    v.charCodeAt(v.length - 1) === 0x20 ||
    v.includes('"') ||
    v.includes(',') ||
    v.includes('\n') ||
    v.includes('\r') ||
    v.includes('\uFEFF')
  );
}

/**
 * One cell exactly as papaparse's unparse writes it with our config (csv-chunks.test proves it on random
 * text): numbers as is; text guarded against formulas, then quoted when needed, quotes doubled. An
 * export writes millions of cells, nearly all plain: those cost one regex test, not papaparse's
 * per-cell replace and five scans.
 */
export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  if (!needsCare(value)) return value;
  const guarded = GUARDED_START.test(value);
  const text = guarded ? `'${value}` : value; // addFormulaGuard, without testing twice
  const escaped = text.includes('"') ? text.replace(QUOTE, '""') : text;
  const quote =
    guarded ||
    /[",\r\n\uFEFF]/.test(escaped) ||
    escaped.charCodeAt(0) === 0x20 ||
    escaped.charCodeAt(escaped.length - 1) === 0x20;
  return quote ? `"${escaped}"` : escaped;
}

/** One row, cells in `columns` order, ending in CRLF. */
export function getCsvRow<C extends string>(columns: readonly C[], record: CsvRecord<C>): string {
  let line = csvCell(record[columns[0]!]);
  for (let i = 1; i < columns.length; i++) line += `,${csvCell(record[columns[i]!])}`;
  return `${line}\r\n`;
}

/** Complete rows (each ending in CRLF) for `records`, in `columns` order. Empty input gives ''. */
export function getCsvRows<C extends string>(
  columns: readonly C[],
  records: ReadonlyArray<CsvRecord<C>>,
): string {
  let out = '';
  if (columns.length === 0) return records.map(() => '\r\n').join('');
  for (const r of records) out += getCsvRow(columns, r);
  return out;
}

/** The guard on one text value, as csvCell applies it (before quoting): `=1` → `'=1`, `'a` → `''a`. */
export function addFormulaGuard(value: string): string {
  return GUARDED_START.test(value) ? `'${value}` : value;
}

/**
 * Undoes the guard on a cell read back from our own CSV: exactly one leading `'` goes when the rest
 * starts with a trigger or `'` (`'=1` → `=1`, `''=x` → `'=x`). removeFormulaGuard(addFormulaGuard(v)) is v
 * for every string (csv-chunks.test).
 */
export function removeFormulaGuard(cell: string): string {
  return cell.startsWith("'") && GUARDED_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
