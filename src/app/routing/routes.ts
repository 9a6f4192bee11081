// The console's places live in the URL, so a folder has a link, reload keeps the place and Back works:
//   /                         home (goes to the default bucket once the broker's config is known)
//   /b/<bucket>/<prefix…>     a folder of a bucket; ?q=<search> filters by key prefix on the server
//   /settings                 connection settings
import { guardDotSegments } from '../../core/presign/encode-uri';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'browse'; bucket: string; prefix: string; search: string }
  | { name: 'not-found'; path: string };

const encodeSegment = (s: string) => encodeURIComponent(s);

/**
 * Keys may hold any character; each path segment is percent-encoded, `/` separates folders. A folder
 * named `.` or `..` would be resolved away by the browser (history.pushState parses the path like any
 * URL), so the `/` beside it is written `%2F` (guardDotSegments): parseRoute decodes it back to `/`.
 */
export function buildPath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'settings':
      return '/settings';
    case 'not-found':
      return route.path;
    case 'browse': {
      const folders = guardDotSegments(route.prefix.split('/').map(encodeSegment).join('/'));
      const query = route.search ? `?q=${encodeURIComponent(route.search)}` : '';
      return `/b/${encodeSegment(route.bucket)}/${folders}${query}`;
    }
  }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (pathname === '/settings') return { name: 'settings' };
  const m = /^\/b\/([^/]+)\/?(.*)$/.exec(pathname);
  if (m) {
    const bucket = safeDecode(m[1]!);
    const segments = m[2]!.split('/').map(safeDecode);
    if (bucket !== undefined && segments.every((s) => s !== undefined)) {
      const q = new URLSearchParams(search).get('q') ?? '';
      return { name: 'browse', bucket, prefix: segments.join('/'), search: q };
    }
  }
  return { name: 'not-found', path: pathname };
}
