// CORS for the configured console origins only, matched exactly. Other origins get no CORS headers at
// all, so the browser blocks them. Preflights are answered before authentication (they carry no token).
import type { MiddlewareHandler } from 'hono';

const ALLOWED_METHODS = 'GET, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type';
// Date lets the console measure its clock against the broker's (links signed with a skewed clock expire early).
const EXPOSED_HEADERS = 'Date, Retry-After, X-Request-Id';

export function corsMiddleware(cors: { origins: string[]; credentials: boolean }): MiddlewareHandler {
  const origins = new Set(cors.origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && origins.has(origin);
    const preflight =
      c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (preflight) {
      const res = new Response(null, { status: 204, headers: { Vary: 'Origin' } });
      if (allowed) {
        setAllowOrigin(res.headers, origin, cors.credentials);
        res.headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
        res.headers.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.headers.set('Access-Control-Max-Age', '600');
      }
      return res;
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      setAllowOrigin(c.res.headers, origin, cors.credentials);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}

function setAllowOrigin(headers: Headers, origin: string, credentials: boolean): void {
  headers.set('Access-Control-Allow-Origin', origin);
  if (credentials) headers.set('Access-Control-Allow-Credentials', 'true');
}
