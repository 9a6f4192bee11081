// Bucket CORS like OSS: the first rule whose AllowedOrigin, AllowedMethod and AllowedHeader all match
// the request decides; `*` is a wildcard in origins and headers. Pure functions; cors middleware applies them.
import { globMatch } from './auth/policy';

export interface CorsRule {
  allowedOrigins: string[];
  allowedMethods: string[];
  allowedHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds?: number | undefined;
}

export interface CorsRequest {
  origin: string;
  method: string;
  /** lower-cased names from Access-Control-Request-Headers (preflight only) */
  requestHeaders: readonly string[];
}

export interface CorsMatch {
  rule: CorsRule;
  /** `*` when the matching AllowedOrigin is exactly `*`, else the request's origin */
  allowOrigin: string;
}

export const CORS_MESSAGES = {
  disabled: 'CORS is not enabled for this bucket.',
  noOrigin: 'Insufficient information. Origin request header needed.',
  noMethod: 'Insufficient information. Access-Control-Request-Method request header needed.',
  notAllowed:
    "This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
} as const;

export function parseRequestHeaderList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
}

export function matchCorsRule(rules: readonly CorsRule[], req: CorsRequest): CorsMatch | undefined {
  for (const rule of rules) {
    const origin = rule.allowedOrigins.find((o) => globMatch(o, req.origin, true));
    if (origin === undefined) continue;
    if (!rule.allowedMethods.some((m) => m.toUpperCase() === req.method.toUpperCase())) continue;
    if (!req.requestHeaders.every((h) => rule.allowedHeaders.some((a) => globMatch(a, h, true)))) continue;
    return { rule, allowOrigin: origin === '*' ? '*' : req.origin };
  }
  return undefined;
}

export function corsHeaders(match: CorsMatch, preflightHeaders?: readonly string[]): Record<string, string> {
  const { rule, allowOrigin } = match;
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': rule.allowedMethods.join(', '),
  };
  if (allowOrigin !== '*') headers['Access-Control-Allow-Credentials'] = 'true';
  if (preflightHeaders !== undefined && preflightHeaders.length > 0) {
    headers['Access-Control-Allow-Headers'] = preflightHeaders.join(', ');
  }
  if (rule.exposeHeaders.length > 0) headers['Access-Control-Expose-Headers'] = rule.exposeHeaders.join(', ');
  if (rule.maxAgeSeconds !== undefined) headers['Access-Control-Max-Age'] = String(rule.maxAgeSeconds);
  return headers;
}
