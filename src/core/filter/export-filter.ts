// Which listed objects an export keeps: name patterns (include / exclude, glob style), a size range and a
// last-modified range. Plain data (it travels to the signing workers by structured clone) and one
// predicate compiled from it per page job. Patterns are read against the key relative to the exported
// folder; a pattern without `/` is read against the object's name alone (its last segment), at any depth,
// as in .gitignore: `*.pdf` keeps every PDF under the folder, `2024/**/raw/*` only those paths.
// Globs are picomatch's (POSIX build: no platform lookup, runs in workers and browsers alike).
import picomatch from 'picomatch/posix';

export interface ExportFilter {
  /** globs; an object is kept when it matches one of them (none: every object) */
  include: readonly string[];
  /** globs; an object that matches one of them is left out, whatever include says */
  exclude: readonly string[];
  /** false: `*.PDF` and `*.pdf` are the same pattern */
  caseSensitive: boolean;
  /** bytes, inclusive */
  minSize?: number | undefined;
  /** bytes, inclusive */
  maxSize?: number | undefined;
  /** ms since the epoch (UTC), inclusive */
  modifiedFrom?: number | undefined;
  /** ms since the epoch (UTC), exclusive */
  modifiedBefore?: number | undefined;
}

/** What the filter reads of an object (a listing entry has all of it). */
export interface FilterSubject {
  key: string;
  size?: number | undefined;
  lastModified?: number | undefined;
}

export type FilterPredicate = (entry: FilterSubject) => boolean;

/** true when the filter keeps every object (no pattern, no bound) */
export function isEmptyFilter(f: ExportFilter | undefined): boolean {
  return (
    f === undefined ||
    (f.include.length === 0 &&
      f.exclude.length === 0 &&
      f.minSize === undefined &&
      f.maxSize === undefined &&
      f.modifiedFrom === undefined &&
      f.modifiedBefore === undefined)
  );
}

function matcher(
  patterns: readonly string[],
  caseSensitive: boolean,
): ((path: string) => boolean) | undefined {
  if (patterns.length === 0) return undefined;
  // dot: a name starting with `.` is a name like any other in a bucket. picomatch's own `basename` option
  // also changes patterns that hold a `/`, so names and paths are matched apart.
  const options = { dot: true, nocase: !caseSensitive };
  const names = patterns.filter((p) => !p.includes('/'));
  const paths = patterns.filter((p) => p.includes('/'));
  const byName = names.length > 0 ? picomatch(names, options) : undefined;
  const byPath = paths.length > 0 ? picomatch(paths, options) : undefined;
  return (path) =>
    (byName !== undefined && byName(path.slice(path.lastIndexOf('/') + 1))) ||
    (byPath !== undefined && byPath(path));
}

/**
 * The predicate for objects listed under `prefix`. Keys outside the prefix (never listed under it) are
 * read whole. Objects without a size or a date fail a bound on it: the filter never guesses.
 */
export function compileExportFilter(f: ExportFilter, prefix: string): FilterPredicate {
  const include = matcher(f.include, f.caseSensitive);
  const exclude = matcher(f.exclude, f.caseSensitive);
  const { minSize, maxSize, modifiedFrom, modifiedBefore } = f;
  const sized = minSize !== undefined || maxSize !== undefined;
  const dated = modifiedFrom !== undefined || modifiedBefore !== undefined;
  return (entry) => {
    if (sized) {
      const size = entry.size;
      if (size === undefined) return false;
      if (minSize !== undefined && size < minSize) return false;
      if (maxSize !== undefined && size > maxSize) return false;
    }
    if (dated) {
      const at = entry.lastModified;
      if (at === undefined || Number.isNaN(at)) return false;
      if (modifiedFrom !== undefined && at < modifiedFrom) return false;
      if (modifiedBefore !== undefined && at >= modifiedBefore) return false;
    }
    if (!include && !exclude) return true;
    const path = entry.key.startsWith(prefix) ? entry.key.slice(prefix.length) : entry.key;
    if (include && !include(path)) return false;
    return !(exclude && exclude(path));
  };
}
