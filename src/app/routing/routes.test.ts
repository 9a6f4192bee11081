import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPath, parseRoute } from './routes';

describe('routes', () => {
  it('puts bucket and prefix in the path, any character in keys', () => {
    expect(buildPath({ name: 'browse', bucket: 'examplebucket', prefix: 'photos/2024/', search: '' })).toBe(
      '/b/examplebucket/photos/2024/',
    );
    expect(buildPath({ name: 'browse', bucket: 'b', prefix: 'a b/中文#?/', search: 'x+y' })).toBe(
      '/b/b/a%20b/%E4%B8%AD%E6%96%87%23%3F/?q=x%2By',
    );
    expect(parseRoute('/b/examplebucket/', '')).toEqual({
      name: 'browse',
      bucket: 'examplebucket',
      prefix: '',
      search: '',
    });
    expect(parseRoute('/b/examplebucket', '')).toEqual({
      name: 'browse',
      bucket: 'examplebucket',
      prefix: '',
      search: '',
    });
    expect(parseRoute('/settings', '')).toEqual({ name: 'settings' });
    expect(parseRoute('/b/x/%E0%A4%A', '').name).toBe('not-found');
  });
  it('keeps folders named "..", "." and "" through the browser, which resolves dot segments', () => {
    for (const prefix of ['a/../', '../', 'a/./b/', 'a//', 'a//b/../']) {
      const path = buildPath({ name: 'browse', bucket: 'examplebucket', prefix, search: '' });
      // what history.pushState does to the path: the WHATWG URL parser
      const sent = new URL(path, 'http://console.example').pathname;
      expect(sent, prefix).toBe(path);
      expect(parseRoute(sent, '')).toEqual({ name: 'browse', bucket: 'examplebucket', prefix, search: '' });
    }
    expect(buildPath({ name: 'browse', bucket: 'b', prefix: 'a/../', search: '' })).toBe('/b/b/a/..%2F');
  });
  it('round-trips any folder and search, through the browser', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('', '.', '..', '%2E', '...'),
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/')),
          ),
          { maxLength: 4 },
        ),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
        (folders, search) => {
          const prefix = folders.map((f) => `${f}/`).join('');
          const path = new URL(
            buildPath({ name: 'browse', bucket: 'examplebucket', prefix, search }),
            'http://console.example',
          );
          const [pathname, query = ''] = [path.pathname, path.search.slice(1)];
          expect(parseRoute(pathname!, query ? `?${query}` : '')).toEqual({
            name: 'browse',
            bucket: 'examplebucket',
            prefix,
            search,
          });
        },
      ),
    );
  });
});
