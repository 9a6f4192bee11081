// The contract between the broker in local mode and cos-local: self-contained COS temporary keys.
//
// Tencent Cloud STS hands out (tmpSecretId, tmpSecretKey, sessionToken, expiredTime) and COS checks the
// token sent as x-cos-security-token against the SecretId that signed the request. Locally the token is a
// MAC-protected claim set (bucket, prefix and the COS actions granted), and the temporary SecretKey is
// derived from the SecretId with the same stack key, so cos-local verifies any key the broker minted,
// across restarts, without shared state. The MAC is domain-separated from the OSS token's (token.ts): an
// OSS token never verifies as a COS one, nor the reverse.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { deriveSecret } from './token';

/** What a COS temporary key may do: one bucket, keys under one prefix, the listed actions. */
export interface CosScope {
  /** full bucket name, `<name>-<appid>` */
  bucket: string;
  region: string;
  /** '' = the whole bucket */
  prefix: string;
  /** COS action names, e.g. `name/cos:GetObject`; `name/cos:*` grants all */
  actions: string[];
  /** upload and multipart actions reach only keys under this narrower prefix (inside `prefix`) */
  uploadPrefix?: string;
}

const claimsSchema = z.object({
  tmpSecretId: z.string().min(1),
  exp: z.number().int(),
  iat: z.number().int(),
  iatMs: z.number().int().optional(),
  sub: z.string(),
  scope: z.object({
    bucket: z.string(),
    region: z.string(),
    prefix: z.string(),
    actions: z.array(z.string()),
    uploadPrefix: z.string().optional(),
  }),
});

export type CosTokenClaims = z.infer<typeof claimsSchema>;

export interface CosTemporaryKey {
  tmpSecretId: string;
  tmpSecretKey: string;
  sessionToken: string;
  /** ISO 8601 UTC, whole seconds */
  expiration: string;
  /** unix seconds, as Tencent's ExpiredTime */
  expiredTime: number;
}

function mac(stackKey: string, payload: string): string {
  return createHmac('sha256', stackKey).update(`cos-token:${payload}`).digest('base64url');
}

/** Local temporary SecretIds look like Tencent's (AKID…) and say they are local. */
function newSecretId(): string {
  return `AKIDLOCAL${randomBytes(15).toString('hex')}`;
}

export function mintCosKey(
  stackKey: string,
  claims: Omit<CosTokenClaims, 'tmpSecretId'> & { tmpSecretId?: string },
): CosTemporaryKey {
  const full: CosTokenClaims = { ...claims, tmpSecretId: claims.tmpSecretId ?? newSecretId() };
  const payload = Buffer.from(JSON.stringify(full), 'utf8').toString('base64url');
  return {
    tmpSecretId: full.tmpSecretId,
    tmpSecretKey: deriveSecret(stackKey, full.tmpSecretId),
    sessionToken: `${payload}.${mac(stackKey, payload)}`,
    expiration: new Date(full.exp * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    expiredTime: full.exp,
  };
}

export type CosTokenCheck =
  | { ok: true; claims: CosTokenClaims }
  | { ok: false; reason: 'malformed' | 'bad-mac' | 'expired' | 'id-mismatch' };

/** Verifies an x-cos-security-token for the SecretId that signed the request, at `nowSeconds`. */
export function verifyCosToken(
  stackKey: string,
  token: string,
  secretId: string,
  nowSeconds: number,
): CosTokenCheck {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return { ok: false, reason: 'malformed' };
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const want = Buffer.from(mac(stackKey, payload));
  if (given.length !== want.length || !timingSafeEqual(given, want)) return { ok: false, reason: 'bad-mac' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = claimsSchema.safeParse(parsed);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  if (claims.data.tmpSecretId !== secretId) return { ok: false, reason: 'id-mismatch' };
  if (claims.data.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims.data };
}
