// Who is asking: a bearer token (compared in constant time), a header set by a trusted SSO proxy, or,
// in local mode on loopback only, nobody in particular.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { BrokerConfig } from './broker-config';
import { ANONYMOUS_OPERATOR } from './broker-config';

export interface Operator {
  identity: string;
  via: 'token' | 'header' | 'anonymous';
}

export type AuthResult = { ok: true; operator: Operator } | { ok: false; reason: 'missing' | 'invalid' };

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Hash both sides so lengths never differ, then compare every configured token (no early exit). */
export function matchToken(tokens: BrokerConfig['auth']['tokens'], presented: string): string | undefined {
  const given = sha256(presented);
  let match: string | undefined;
  for (const t of tokens) {
    if (timingSafeEqual(given, sha256(t.token)) && match === undefined) match = t.name;
  }
  return match;
}

export function authenticate(
  auth: BrokerConfig['auth'],
  header: (name: string) => string | undefined,
): AuthResult {
  const authorization = header('authorization');
  if (authorization !== undefined && auth.tokens.length > 0) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const name = m?.[1] ? matchToken(auth.tokens, m[1]) : undefined;
    return name ? { ok: true, operator: { identity: name, via: 'token' } } : { ok: false, reason: 'invalid' };
  }
  if (auth.trustedHeader) {
    const user = header(auth.trustedHeader)?.trim();
    if (user && user.length <= 256) return { ok: true, operator: { identity: user, via: 'header' } };
  }
  if (auth.anonymous) return { ok: true, operator: { identity: ANONYMOUS_OPERATOR, via: 'anonymous' } };
  return { ok: false, reason: authorization === undefined ? 'missing' : 'invalid' };
}

/** RoleSessionName allows [\w.@-], 2 to 64 characters. */
export function toRoleSessionName(identity: string): string {
  const clean = identity.replace(/[^\w.@-]/g, '-').slice(0, 64);
  return clean.length >= 2 ? clean : `op-${clean || 'anonymous'}`.slice(0, 64);
}
