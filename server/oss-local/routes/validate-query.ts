// Query parameters through a zod schema; a failure becomes OSS's InvalidArgument naming the parameter.
import type { z } from 'zod';
import { ossErrors } from '../errors';
import type { QueryPair } from '../raw-request';

export function parseQueryWith<S extends z.ZodType>(schema: S, query: readonly QueryPair[]): z.output<S> {
  const record: Record<string, string> = {};
  for (const [k, v] of query) if (!(k in record)) record[k] = v;
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  throw ossErrors.invalidArgument(issue?.message ?? 'Invalid argument.', name, record[name] ?? '');
}
