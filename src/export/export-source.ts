// What is exported, as a stream of pages: selected objects (as given), selected folders expanded by
// listing while the export runs (never materialized up front), the whole current folder, or everything
// under the current search. Each page is one listing page (≤ 1000 objects), so memory stays flat.
import type { ExportFilter } from '../core/filter/export-filter';
import type { ExportDepth } from '../core/filter/filter-tag';
import { isAfter } from '../core/url-list/key-order';
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import type { ListAllOptions } from '../oss/list-all';
import type { ListPage, ObjectEntry } from '../core/listing/parse-list-objects';
import { headEntries, type Header, type HeadOptions } from './head-entries';

export interface ExportSelection {
  keys: readonly string[];
  /** folders, each ending in '/', exported recursively */
  prefixes: readonly string[];
  /** listing entries of (some of) the keys: their size, date and ETag go into the rows */
  entries?: readonly ObjectEntry[] | undefined;
}

/** What narrows a listed export: a filter on each object, and how deep the listing goes. */
export interface ExportNarrowing {
  filter?: ExportFilter | undefined;
  /** subtree (default): every key under the folder; folder: its own objects only (delimiter `/`) */
  depth?: ExportDepth | undefined;
}

export type ExportSource =
  | { kind: 'selection'; selection: ExportSelection }
  /** every object under the folder, recursively */
  | { kind: 'prefix'; prefix: string; narrow?: ExportNarrowing | undefined }
  /** every object whose key starts with prefix + search (the console's search is a prefix search) */
  | { kind: 'search'; prefix: string; search: string; narrow?: ExportNarrowing | undefined };

/** The listing delimiter of a source: `/` for "this folder only". */
export function delimiterOf(source: ExportSource): '/' | undefined {
  return source.kind !== 'selection' && source.narrow?.depth === 'folder' ? '/' : undefined;
}

export interface Lister {
  listAll(options: Omit<ListAllOptions, 'client'>): AsyncGenerator<ListPage>;
}

export interface SourceOptions {
  signal?: AbortSignal | undefined;
  /** keys per page for selected keys; listing pages are what OSS returns (max-keys 1000) */
  pageSize?: number;
  /** passed to listAll (attempts, backoff; tests shorten them) */
  list?: Partial<Omit<ListAllOptions, 'client' | 'prefix' | 'signal'>>;
  /**
   * Selected keys without their listing entry get size, date, ETag and type by HEAD (else those columns
   * stay blank); keys OSS no longer has go to onMissing, keys the credentials may not read to onRefused,
   * and both are left out.
   */
  header?: Header | undefined;
  headConcurrency?: number;
  onMissing?(key: string): void;
  onRefused?: HeadOptions['onRefused'];
}

/** The number of objects when it is known before listing (selected keys only). */
export function knownTotal(source: ExportSource): number | undefined {
  return source.kind === 'selection' && source.selection.prefixes.length === 0
    ? source.selection.keys.length
    : undefined;
}

export function toUrlListEntry(o: ObjectEntry): UrlListEntry {
  return { key: o.key, size: o.size, lastModified: o.lastModified, etag: o.etag };
}

/** A prefix already inside another selected prefix adds nothing (and would duplicate rows). */
function outermost(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].sort();
  const out: string[] = [];
  for (const p of sorted) if (!out.some((o) => p.startsWith(o))) out.push(p);
  return out;
}

async function* listed(
  lister: Lister,
  prefix: string,
  options: SourceOptions,
  delimiter?: '/',
): AsyncGenerator<UrlListEntry[]> {
  // A recursive listing is strictly ordered. Anything at or before the last key handed on is a repeat
  // (a listing that restarted instead of resuming): dropping it keeps every key exactly once.
  let last: string | undefined;
  for await (const page of lister.listAll({
    ...options.list,
    prefix,
    // one folder level: its subfolders come as common prefixes, which are not objects and get no row
    ...(delimiter ? { delimiter } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })) {
    const entries: UrlListEntry[] = [];
    for (const o of page.objects) {
      if (last !== undefined && !isAfter(o.key, last)) continue;
      last = o.key;
      // "folder/" markers go on too: the page signer counts them (no row), so the summary can say so
      entries.push(toUrlListEntry(o));
    }
    yield entries;
  }
}

export async function* sourcePages(
  source: ExportSource,
  lister: Lister,
  options: SourceOptions = {},
): AsyncGenerator<UrlListEntry[]> {
  if (source.kind === 'prefix') {
    yield* listed(lister, source.prefix, options, delimiterOf(source));
    return;
  }
  if (source.kind === 'search') {
    yield* listed(lister, source.prefix + source.search, options, delimiterOf(source));
    return;
  }
  const { keys, entries = [] } = source.selection;
  const prefixes = outermost(source.selection.prefixes);
  const known = new Map(entries.map((e) => [e.key, e]));
  // pages of HEADs are kept small so the first rows (and cancel) come quickly
  const size = options.pageSize ?? (options.header ? 200 : 1000);
  const complete = (page: UrlListEntry[]): Promise<UrlListEntry[]> | UrlListEntry[] =>
    options.header
      ? headEntries(page, options.header, {
          signal: options.signal,
          concurrency: options.headConcurrency,
          onMissing: options.onMissing,
          onRefused: options.onRefused,
        })
      : page;
  const seen = new Set<string>();
  let page: UrlListEntry[] = [];
  for (const key of keys) {
    if (seen.has(key) || key.endsWith('/') || prefixes.some((p) => key.startsWith(p))) continue;
    seen.add(key);
    const entry = known.get(key);
    page.push(entry ? toUrlListEntry(entry) : { key });
    if (page.length >= size) {
      options.signal?.throwIfAborted();
      yield await complete(page);
      page = [];
    }
  }
  if (page.length > 0) yield await complete(page);
  for (const prefix of prefixes) yield* listed(lister, prefix, options);
}

export { isAfter };
