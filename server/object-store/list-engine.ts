// The listing algorithm shared by ListObjects and ListObjectsV2: a merge of sorted key sources (explicit
// keys, synthetic folders) that seeks by binary search, rolls keys up into common prefixes, and skips a
// whole common prefix in one seek, so a page costs O(page × sources + log n) whatever the bucket size.
import { compareKeys, partitionPoint, type SortedKeySource } from './key-order';

export interface ListRequest {
  prefix: string;
  /** list only entries strictly after this (V1 marker, V2 start-after or continuation point) */
  after: string | undefined;
  delimiter: string | undefined;
  /** 1..1000 */
  maxKeys: number;
}

/** A key names the source (index into the sources given) and position it came from, so callers can look up its metadata without searching. */
export type ListEntry =
  { kind: 'key'; key: string; source: number; index: number } | { kind: 'prefix'; prefix: string };

export interface ListResult {
  entries: ListEntry[];
  truncated: boolean;
}

interface Cursor {
  ordinal: number;
  source: SortedKeySource;
  index: number;
  current: string | undefined;
}

function load(cursor: Cursor): void {
  cursor.current = cursor.index < cursor.source.size ? cursor.source.keyAt(cursor.index) : undefined;
}

function seek(cursor: Cursor, before: (key: string) => boolean): void {
  cursor.index = partitionPoint(cursor.source, before);
  load(cursor);
}

export function entryName(entry: ListEntry): string {
  return entry.kind === 'key' ? entry.key : entry.prefix;
}

export function listEntries(sources: readonly SortedKeySource[], req: ListRequest): ListResult {
  const { prefix, after, delimiter, maxKeys } = req;
  const cursors: Cursor[] = sources.map((source, ordinal) => ({
    ordinal,
    source,
    index: 0,
    current: undefined,
  }));
  const startBefore = (k: string): boolean =>
    compareKeys(k, prefix) < 0 || (after !== undefined && compareKeys(k, after) <= 0);
  for (const c of cursors) seek(c, startBefore);

  const entries: ListEntry[] = [];
  while (entries.length <= maxKeys) {
    let from: Cursor | undefined;
    let next: string | undefined;
    for (const c of cursors) {
      if (c.current !== undefined && (next === undefined || compareKeys(c.current, next) < 0)) {
        from = c;
        next = c.current;
      }
    }
    if (from === undefined || next === undefined || !next.startsWith(prefix)) break;

    const cut = delimiter ? next.indexOf(delimiter, prefix.length) : -1;
    if (delimiter && cut !== -1) {
      const common = next.slice(0, cut + delimiter.length);
      // a common prefix at or before the marker was returned by an earlier page (or precedes it)
      if (after === undefined || compareKeys(common, after) > 0)
        entries.push({ kind: 'prefix', prefix: common });
      const past = (k: string): boolean => compareKeys(k, common) <= 0 || k.startsWith(common);
      for (const c of cursors) if (c.current !== undefined) seek(c, past);
      continue;
    }
    // on equal keys the first source wins: the explicit keys come first and shadow synthetic ones
    entries.push({ kind: 'key', key: next, source: from.ordinal, index: from.index });
    for (const c of cursors) {
      if (c.current === next) {
        c.index += 1;
        load(c);
      }
    }
  }
  const truncated = entries.length > maxKeys;
  if (truncated) entries.pop();
  return { entries, truncated };
}
