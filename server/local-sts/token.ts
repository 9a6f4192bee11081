// The contract between the broker in local mode and oss-local: a self-contained STS token.
//
// Real STS hands out (AccessKeyId, AccessKeySecret, SecurityToken, Expiration) and OSS checks the token
// against the id. Locally we do the same without shared state: the token is a MAC-protected claim set,
// and the temporary secret is derived from the id with the same stack key, so oss-local can verify any
// credentials the broker minted, across restarts, as long as both run with the same STACK_KEY.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface OssPolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string[];
}
export interface OssPolicy {
  Version: '1';
  Statement: OssPolicyStatement[];
}

export interface LocalStsClaims {
  /** temporary AccessKeyId, starts with "STS." like Alibaba Cloud's */
  akid: string;
  /** expiry, unix seconds */
  exp: number;
  /** issued at, unix seconds */
  iat: number;
  /** issued at, ms: lets fault injection tell tokens of the same second apart (optional) */
  iatMs?: number;
  /** who asked for it (operator identity), for logs and RoleSessionName-like audit */
  sub: string;
  policy: OssPolicy;
}

export interface LocalStsCredentials {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Expiration: string;
}

const b64url = (b: Buffer): string => b.toString('base64url');

/** Derives the temporary secret of an AccessKeyId; both sides compute it. */
export function deriveSecret(stackKey: string, akid: string): string {
  return createHmac('sha256', stackKey).update(`secret:${akid}`).digest('base64url').slice(0, 30);
}

function mac(stackKey: string, payload: string): string {
  return createHmac('sha256', stackKey).update(`token:${payload}`).digest('base64url');
}

export function mintCredentials(
  stackKey: string,
  claims: Omit<LocalStsClaims, 'akid'> & { akid?: string },
): LocalStsCredentials {
  const akid = claims.akid ?? `STS.${b64url(randomBytes(12))}`;
  const full: LocalStsClaims = { ...claims, akid };
  const payload = b64url(Buffer.from(JSON.stringify(full), 'utf8'));
  return {
    AccessKeyId: akid,
    AccessKeySecret: deriveSecret(stackKey, akid),
    SecurityToken: `${payload}.${mac(stackKey, payload)}`,
    Expiration: new Date(full.exp * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export type TokenCheck =
  | { ok: true; claims: LocalStsClaims }
  | { ok: false; reason: 'malformed' | 'bad-mac' | 'expired' | 'akid-mismatch' };

/** Verifies a SecurityToken for the AccessKeyId it was presented with, at `nowSeconds`. */
export function verifyToken(stackKey: string, token: string, akid: string, nowSeconds: number): TokenCheck {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return { ok: false, reason: 'malformed' };
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const want = Buffer.from(mac(stackKey, payload));
  if (given.length !== want.length || !timingSafeEqual(given, want)) return { ok: false, reason: 'bad-mac' };
  let claims: LocalStsClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LocalStsClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (claims.akid !== akid) return { ok: false, reason: 'akid-mismatch' };
  if (claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
