// DNS rebinding guard: a page on another origin can point its own name at 127.0.0.1 and then read the
// broker as "same origin" (CORS never applies), which matters when operator auth is off (the dev stack).
// The Host header still names the attacker's host, so the broker answers only the names it serves:
// BROKER_ALLOWED_HOSTS, or the loopback names when it listens on loopback.
import type { MiddlewareHandler } from 'hono';
import type { ErrorBody } from './errors';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'] as const;

/** `Host` without its port, lower-cased; IPv6 literals lose their brackets. */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return (colon === -1 ? h : h.slice(0, colon)).replace(/\.$/, '');
}

/** `allowed` undefined: no check (a broker beyond loopback always requires operator authentication). */
export function hostCheck(allowed: readonly string[] | undefined): MiddlewareHandler {
  const names = allowed === undefined ? undefined : new Set(allowed.map((n) => n.toLowerCase()));
  return async (c, next) => {
    // /healthz tells nothing but the mode, and container health checks call it by IP
    if (names === undefined || c.req.path === '/healthz') return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (names.has(hostNameOf(host))) return next();
    return c.json<ErrorBody>(
      {
        code: 'HostNotAllowed',
        message: `This broker does not serve the host name in the request. Allowed: ${[...names].join(', ')} (BROKER_ALLOWED_HOSTS).`,
      },
      421,
    );
  };
}
