// The request exactly as the client wrote it. Signatures cover the raw key and query, so oss-local reads
// Node's raw request-target instead of the WHATWG-normalised URL (which would resolve `..` segments and
// re-encode characters the signer never saw).
import type { HttpBindings } from '@hono/node-server';
import { ossErrors } from './errors';

/** A decoded query parameter. A parameter written without `=` has the value ''. */
export type QueryPair = readonly [key: string, value: string];

export interface RawTarget {
  /** percent-encoded path as sent, starting with `/` */
  path: string;
  /** query string as sent, without `?` */
  query: string;
}

export function rawTargetOf(requestUrl: string, env: unknown): RawTarget {
  const incoming = (env as Partial<HttpBindings> | undefined)?.incoming;
  const target = typeof incoming?.url === 'string' ? incoming.url : urlPathAndSearch(requestUrl);
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  return { path: path === '' ? '/' : path, query: q === -1 ? '' : target.slice(q + 1) };
}

function urlPathAndSearch(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

function decodeComponent(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw ossErrors.invalidUri();
  }
}

/**
 * Splits and decodes a query string. `+` means a space, as in every form encoder (URLSearchParams writes
 * spaces that way); signers that mean a plus write `%2B`.
 */
export function parseQuery(query: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  if (query === '') return pairs;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeComponent(eq === -1 ? part : part.slice(0, eq), true);
    const value = eq === -1 ? '' : decodeComponent(part.slice(eq + 1), true);
    pairs.push([key, value]);
  }
  return pairs;
}

/** The object key of a virtual-hosted request: the path without its leading `/`, percent-decoded. */
export function objectKeyOf(path: string): string {
  return decodeComponent(path.slice(1), false);
}

/** First value of a query parameter, or undefined when absent. */
export function queryGet(pairs: readonly QueryPair[], name: string): string | undefined {
  for (const [k, v] of pairs) if (k === name) return v;
  return undefined;
}
