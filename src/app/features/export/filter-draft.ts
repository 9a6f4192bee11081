// The Export dialog's filter fields as typed, and what they read as: the core's ExportFilter (or the
// problems, field by field, as codes the form words). Dates are the operator's local time, read in the
// browser's time zone and kept as UTC instants.
import type { ExportFilter } from '../../../core/filter/export-filter';
import { isEmptyFilter } from '../../../core/filter/export-filter';
import type { ExportDepth } from '../../../core/filter/filter-tag';
import { parseByteSize, type ByteSizeProblem } from '../../../core/filter/parse-byte-size';
import { readLocalDateTime, type LocalDateTimeProblem } from '../../../core/format/local-date-time';
import { browserZone } from '../../link/use-validity-input';

export interface FilterDraft {
  /** one glob per line */
  include: string;
  exclude: string;
  caseSensitive: boolean;
  minSize: string;
  maxSize: string;
  /** datetime-local texts */
  modifiedFrom: string;
  modifiedBefore: string;
  depth: ExportDepth;
}

export const EMPTY_FILTER_DRAFT: FilterDraft = {
  include: '',
  exclude: '',
  caseSensitive: true,
  minSize: '',
  maxSize: '',
  modifiedFrom: '',
  modifiedBefore: '',
  depth: 'subtree',
};

export type FilterFieldProblem =
  | { field: 'minSize' | 'maxSize'; problem: ByteSizeProblem }
  | { field: 'modifiedFrom' | 'modifiedBefore'; problem: LocalDateTimeProblem }
  | { field: 'maxSize'; problem: { code: 'size-reversed' } }
  | { field: 'modifiedBefore'; problem: { code: 'date-reversed' } };

export interface FilterReading {
  /** undefined when nothing narrows the objects (depth aside) */
  filter: ExportFilter | undefined;
  depth: ExportDepth;
  problems: FilterFieldProblem[];
}

export const patternLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function readFilterDraft(d: FilterDraft): FilterReading {
  const problems: FilterFieldProblem[] = [];
  const size = (field: 'minSize' | 'maxSize'): number | undefined => {
    const r = parseByteSize(d[field]);
    if (r.ok) return r.bytes;
    problems.push({ field, problem: r.problem });
    return undefined;
  };
  const date = (field: 'modifiedFrom' | 'modifiedBefore'): number | undefined => {
    if (d[field].trim() === '') return undefined;
    const r = readLocalDateTime(d[field], browserZone);
    if (r.ok) return r.utcMs;
    problems.push({ field, problem: r.problem });
    return undefined;
  };
  const minSize = size('minSize');
  const maxSize = size('maxSize');
  const modifiedFrom = date('modifiedFrom');
  const modifiedBefore = date('modifiedBefore');
  if (minSize !== undefined && maxSize !== undefined && minSize > maxSize)
    problems.push({ field: 'maxSize', problem: { code: 'size-reversed' } });
  if (modifiedFrom !== undefined && modifiedBefore !== undefined && modifiedFrom >= modifiedBefore)
    problems.push({ field: 'modifiedBefore', problem: { code: 'date-reversed' } });
  const filter: ExportFilter = {
    include: patternLines(d.include),
    exclude: patternLines(d.exclude),
    caseSensitive: d.caseSensitive,
    minSize,
    maxSize,
    modifiedFrom,
    modifiedBefore,
  };
  return { filter: isEmptyFilter(filter) ? undefined : filter, depth: d.depth, problems };
}
