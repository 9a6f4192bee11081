// Re-sign a list: keys from a previous export (CSV with a `key` column, BOM and formula guard undone) or
// pasted one per line.
import Papa from 'papaparse';
import { removeFormulaGuard, UTF8_BOM } from '../core/csv/csv-chunks';

export function parseKeyList(text: string): string[] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const header = Papa.parse<string[]>(firstLine).data[0] ?? [];
  let keys: string[];
  if (header.includes('key')) {
    const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
    keys = parsed.data.map((r) => removeFormulaGuard(r.key ?? ''));
  } else {
    keys = body.split(/\r?\n/);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (k === '' || k.endsWith('/') || seen.has(k)) continue;
    seen.add(k);
    out.push(k);
  }
  return out;
}
