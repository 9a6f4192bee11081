// "Re-sign a list": the keys in what an operator brings back — the console's own CSV (its `key` column,
// formula guard undone, or else its `url` column), plain-text and JSON Lines exports, pasted signed URLs
// (key from the path, bucket from the host) or plain keys, one per line. A line that cannot be read, a
// link to another bucket and a key OSS cannot hold are reported by line number and skipped: the rest of
// the list is still signed. Lines are never echoed back (they may hold a whole signed URL).
import Papa from 'papaparse';
import { removeFormulaGuard, UTF8_BOM } from '../csv/csv-chunks';
import type { BucketHosts } from '../endpoint/bucket-hosts';
import { CoreInputError, type CoreInputErrorCode } from '../errors/core-input-error';
import { isFolderMarker } from '../listing/folder-path';
import { validateObjectKey } from '../presign/validate-object-key';
import { keyOfUrl, looksLikeUrl, type KeyOfUrl } from './key-of-url';

export type ListProblem =
  | { line: number; problem: 'unreadable' }
  | { line: number; problem: 'other-bucket'; bucket: string }
  | { line: number; problem: 'foreign-host'; host: string }
  | { line: number; problem: 'bad-key'; code: CoreInputErrorCode };

export interface ParsedUrlList {
  format: 'csv' | 'jsonl' | 'lines';
  /** the keys to sign, in order, each once */
  keys: string[];
  /** by line number, in order */
  problems: ListProblem[];
  /** lines naming a key already listed (signed once) */
  repeats: number;
  /** folder keys (ending in `/`): nothing to sign */
  folders: number;
}

type Candidate = { ok: true; key: string } | Exclude<KeyOfUrl, { ok: true }>;

class ListBuilder {
  readonly keys: string[] = [];
  readonly problems: ListProblem[] = [];
  repeats = 0;
  folders = 0;
  readonly #seen = new Set<string>();

  add(line: number, c: Candidate): void {
    if (!c.ok) {
      if (c.problem === 'unreadable') this.problems.push({ line, problem: 'unreadable' });
      else if (c.problem === 'other-bucket')
        this.problems.push({ line, problem: c.problem, bucket: c.bucket });
      else this.problems.push({ line, problem: c.problem, host: c.host });
      return;
    }
    try {
      validateObjectKey(c.key);
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      this.problems.push({ line, problem: 'bad-key', code: e.code });
      return;
    }
    if (isFolderMarker(c.key)) this.folders += 1;
    else if (this.#seen.has(c.key)) this.repeats += 1;
    else {
      this.#seen.add(c.key);
      this.keys.push(c.key);
    }
  }

  unreadable(line: number): void {
    this.problems.push({ line, problem: 'unreadable' });
  }

  result(format: ParsedUrlList['format']): ParsedUrlList {
    return { format, keys: this.keys, problems: this.problems, repeats: this.repeats, folders: this.folders };
  }
}

/** 1-based line numbers of offsets in `text`. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** A cell of our CSV read back: a key (guard undone), else the URL's key; a URL of another bucket is refused. */
function csvCandidate(row: string[], keyAt: number, urlAt: number, hosts: BucketHosts): Candidate {
  const url = urlAt === -1 ? undefined : removeFormulaGuard(row[urlAt]!);
  const fromUrl = url === undefined || url === '' ? undefined : keyOfUrl(url, hosts);
  if (keyAt === -1) return fromUrl ?? { ok: false, problem: 'unreadable' };
  const key = removeFormulaGuard(row[keyAt]!);
  if (key === '') return { ok: false, problem: 'unreadable' };
  // the key column names the object; a URL that names another bucket says the file is not this bucket's
  return fromUrl && !fromUrl.ok && fromUrl.problem === 'other-bucket' ? fromUrl : { ok: true, key };
}

function parseCsv(body: string, header: string[], newline: string, hosts: BucketHosts): ParsedUrlList {
  const out = new ListBuilder();
  const lineOf = lineCounter(body);
  const keyAt = header.indexOf('key');
  const urlAt = header.indexOf('url');
  let offset = body.indexOf(newline) + newline.length;
  while (offset > 0 && offset < body.length) {
    const base = offset;
    let resume = body.length;
    let rowStart = base;
    Papa.parse<string[]>(body.slice(base), {
      delimiter: ',',
      newline: newline as '\r\n',
      step: (r, parser) => {
        const start = rowStart;
        rowStart = base + r.meta.cursor;
        const row = r.data;
        if (row.length === 1 && row[0] === '') return; // a blank line
        if (r.errors.length > 0) {
          // a broken quote swallows what follows: report its line, go on from the next one
          out.unreadable(lineOf(start));
          const next = body.indexOf('\n', start);
          resume = next === -1 ? body.length : next + 1;
          parser.abort();
          return;
        }
        if (row.length !== header.length) out.unreadable(lineOf(start));
        else out.add(lineOf(start), csvCandidate(row, keyAt, urlAt, hosts));
      },
    });
    offset = resume;
  }
  return out.result('csv');
}

function jsonCandidate(text: string, hosts: BucketHosts): Candidate {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (value === null || typeof value !== 'object') return { ok: false, problem: 'unreadable' };
  const { key, url } = value as { key?: unknown; url?: unknown };
  const fromUrl = typeof url === 'string' && url !== '' ? keyOfUrl(url, hosts) : undefined;
  // JSON Lines carries raw keys: nothing to undo
  if (typeof key === 'string' && key !== '')
    return fromUrl && !fromUrl.ok && fromUrl.problem === 'other-bucket' ? fromUrl : { ok: true, key };
  return fromUrl ?? { ok: false, problem: 'unreadable' };
}

function parseLines(body: string, hosts: BucketHosts): ParsedUrlList {
  const out = new ListBuilder();
  const lines = body.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  const json = first !== undefined && first.trimStart().startsWith('{');
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (json) out.add(i + 1, jsonCandidate(trimmed, hosts));
    else if (looksLikeUrl(trimmed)) out.add(i + 1, keyOfUrl(trimmed, hosts));
    // a plain key, exactly as pasted (keys may start or end with spaces)
    else out.add(i + 1, { ok: true, key: raw });
  });
  return out.result(json ? 'jsonl' : 'lines');
}

/** The keys of a list to re-sign for the bucket of `hosts`, with what could not be read and why. */
export function parseUrlList(text: string, hosts: BucketHosts): ParsedUrlList {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const end = body.search(/\r?\n/);
  const firstLine = end === -1 ? body : body.slice(0, end);
  const header = Papa.parse<string[]>(firstLine, { delimiter: ',' }).data[0] ?? [];
  // our CSV starts with a header naming its columns (key and/or url among them)
  if (!looksLikeUrl(firstLine) && (header.includes('key') || header.includes('url'))) {
    const newline = end !== -1 && body[end] === '\r' ? '\r\n' : '\n';
    return parseCsv(body, header, newline, hosts);
  }
  return parseLines(body, hosts);
}
