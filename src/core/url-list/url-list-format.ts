// The exported URL list as text: CSV (papaparse quoting, BOM, formula guard — see csv-chunks), plain
// text (one URL per line) or JSON Lines. Pure, so signing workers can emit finished chunks.
import { getCsvHeader, getCsvRows, type CsvRecord } from '../csv/csv-chunks';

export const URL_LIST_COLUMNS = [
  'key',
  'url',
  'size',
  'last_modified',
  'etag',
  'content_type',
  'expires_at',
] as const;
export type UrlListColumn = (typeof URL_LIST_COLUMNS)[number];

export const URL_LIST_FORMATS = ['csv', 'txt', 'jsonl'] as const;
export type UrlListFormat = (typeof URL_LIST_FORMATS)[number];

export const URL_LIST_MIME: Readonly<Record<UrlListFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  jsonl: 'application/x-ndjson;charset=utf-8',
};

/** One row; size is '' when unknown (a key given without its listing entry). */
export type UrlListRecord = CsvRecord<UrlListColumn>;

/** What a file starts with: the CSV BOM and header row; nothing for the other formats. */
export function getUrlListHeader(format: UrlListFormat, columns: readonly UrlListColumn[]): string {
  return format === 'csv' ? getCsvHeader(columns) : '';
}

/** Complete lines for `records`; every line ends with its terminator, so chunks concatenate. */
export function formatUrlListRows(
  format: UrlListFormat,
  columns: readonly UrlListColumn[],
  records: readonly UrlListRecord[],
): string {
  if (records.length === 0) return '';
  if (format === 'csv') return getCsvRows(columns, records);
  let out = '';
  if (format === 'txt') {
    for (const r of records) out += `${r.url}\n`;
    return out;
  }
  for (const r of records) {
    const line: Record<string, string | number> = {};
    for (const c of columns) line[c] = r[c];
    // JSON escapes \n, \r and other control characters, so a key can never break a line
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}

/** UTF-8 length of a string without allocating its bytes (progress and summary figures). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}
