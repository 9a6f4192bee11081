// Bucket CORS like COS: the first rule whose AllowedOrigin, AllowedMethod and AllowedHeader all match the
// request decides; `*` is a wildcard in origins and headers (doc: PUT Bucket cors,
// https://www.tencentcloud.com/document/product/436/8279). Preflights are answered without
// authentication; actual responses (errors too) carry the rule's headers and `Vary: Origin`.
import type { CosCorsRule } from './options';
import { cosErrors } from './errors';

function glob(pattern: string, text: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(text);
}

function match(
  rules: readonly CosCorsRule[],
  origin: string,
  method: string,
  requestHeaders: readonly string[],
): { rule: CosCorsRule; allowOrigin: string } | undefined {
  for (const rule of rules) {
    const allowed = rule.allowedOrigins.find((o) => glob(o, origin));
    if (allowed === undefined) continue;
    if (!rule.allowedMethods.includes(method.toUpperCase() as CosCorsRule['allowedMethods'][number]))
      continue;
    if (!requestHeaders.every((h) => rule.allowedHeaders.some((a) => glob(a, h)))) continue;
    return { rule, allowOrigin: allowed === '*' ? '*' : origin };
  }
  return undefined;
}

export function preflight(rules: readonly CosCorsRule[], headers: Headers): Response {
  const origin = headers.get('origin');
  const method = headers.get('access-control-request-method');
  if (rules.length === 0) throw cosErrors.corsForbidden('CORS is not enabled for this bucket.');
  if (origin === null)
    throw cosErrors.corsForbidden('Insufficient information. Origin request header needed.');
  if (method === null)
    throw cosErrors.corsForbidden(
      'Insufficient information. Access-Control-Request-Method request header needed.',
    );
  const requested = (headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
  const found = match(rules, origin, method, requested);
  if (found === undefined) throw cosErrors.corsForbidden('This CORS request is not allowed.');
  const out = new Headers({
    'Access-Control-Allow-Origin': found.allowOrigin,
    'Access-Control-Allow-Methods': found.rule.allowedMethods.join(','),
    Vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
  });
  if (requested.length > 0) out.set('Access-Control-Allow-Headers', requested.join(','));
  if (found.rule.exposeHeaders.length > 0)
    out.set('Access-Control-Expose-Headers', found.rule.exposeHeaders.join(','));
  if (found.rule.maxAgeSeconds !== undefined)
    out.set('Access-Control-Max-Age', String(found.rule.maxAgeSeconds));
  if (found.allowOrigin !== '*') out.set('Access-Control-Allow-Credentials', 'true');
  return new Response(null, { status: 200, headers: out });
}

/** Adds the matching rule's headers to an actual response (a new Response: some are immutable). */
export function withCors(
  rules: readonly CosCorsRule[],
  reqHeaders: Headers,
  method: string,
  res: Response,
): Response {
  if (rules.length === 0) return res;
  const headers = new Headers(res.headers);
  headers.append('Vary', 'Origin');
  const origin = reqHeaders.get('origin');
  const found = origin === null ? undefined : match(rules, origin, method, []);
  if (found !== undefined) {
    headers.set('Access-Control-Allow-Origin', found.allowOrigin);
    headers.set('Access-Control-Allow-Methods', found.rule.allowedMethods.join(','));
    if (found.rule.exposeHeaders.length > 0)
      headers.set('Access-Control-Expose-Headers', found.rule.exposeHeaders.join(','));
    if (found.rule.maxAgeSeconds !== undefined)
      headers.set('Access-Control-Max-Age', String(found.rule.maxAgeSeconds));
    if (found.allowOrigin !== '*') headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
