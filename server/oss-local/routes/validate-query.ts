// Query parameters through a zod schema; a failure becomes OSS's InvalidArgument naming the parameter.
import type { z } from 'zod';
import { ossErrors } from '../errors';
import type { QueryPair } from '../raw-request';

/**
 * Paging markers that OSS reads as absent when empty. SDKs send `continuation-token=` (or `marker=`,
 * `part-number-marker=`...) on every first page; OSS answers the first page, so oss-local must too.
 */
export const EMPTY_MEANS_ABSENT: ReadonlySet<string> = new Set([
  'continuation-token',
  'marker',
  'part-number-marker',
  'key-marker',
  'upload-id-marker',
]);

export function parseQueryWith<S extends z.ZodType>(schema: S, query: readonly QueryPair[]): z.output<S> {
  const record: Record<string, string> = {};
  for (const [k, v] of query) {
    if (k in record || (v === '' && EMPTY_MEANS_ABSENT.has(k))) continue;
    record[k] = v;
  }
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  throw ossErrors.invalidArgument(issue?.message ?? 'Invalid argument.', name, record[name] ?? '');
}
