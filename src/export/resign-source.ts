// Pages for "Re-sign a list": each key is checked with HEAD (bounded concurrency, order kept), so rows
// carry the current size, date, ETag and type; keys that no longer exist, and keys the credentials may
// not read, are reported and left out — one such key never stops the list.
import type { UrlListEntry } from '../core/url-list/sign-url-list-page';
import { headEntries, type HeadOptions, type Header } from './head-entries';

export type { Header };

export interface ResignOptions extends HeadOptions {
  pageSize?: number;
}

export async function* resignPages(
  keys: readonly string[],
  oss: Header,
  options: ResignOptions = {},
): AsyncGenerator<UrlListEntry[]> {
  const size = options.pageSize ?? 200;
  for (let start = 0; start < keys.length; start += size) {
    const chunk = keys.slice(start, start + size).map((key) => ({ key }));
    yield await headEntries(chunk, oss, options);
  }
}
