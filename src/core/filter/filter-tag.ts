// The filters of an export, named short enough for a file name (`-f-inc2-exc1-size-mod-top`: which kinds
// of filter, never the patterns themselves, which may hold `*`, `/` or anything else) and in full as plain
// data for the summary (the app words it).
import type { ExportFilter } from './export-filter';
import { isEmptyFilter } from './export-filter';

export type ExportDepth = 'subtree' | 'folder';

/** '' when nothing narrows the export; else a safe suffix of [a-z0-9-] */
export function filterFileTag(f: ExportFilter | undefined, depth: ExportDepth): string {
  const parts: string[] = [];
  if (f && !isEmptyFilter(f)) {
    if (f.include.length > 0) parts.push(`inc${f.include.length}`);
    if (f.exclude.length > 0) parts.push(`exc${f.exclude.length}`);
    if (f.minSize !== undefined || f.maxSize !== undefined) parts.push('size');
    if (f.modifiedFrom !== undefined || f.modifiedBefore !== undefined) parts.push('mod');
  }
  if (depth === 'folder') parts.push('top');
  return parts.length === 0 ? '' : `-f-${parts.join('-')}`;
}
