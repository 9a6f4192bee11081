// A COS signing session: credentials + a fixed clock + keyed HMAC state. Step 2 of the signature
// (SignKey = HMAC-SHA1(SecretKey, KeyTime)) is synchronous on the SecretKey's expanded state; the
// Signature's HMAC is keyed by the SignKey, so it is expanded once per KeyTime (per template), here.
import { CoreInputError } from '../errors/core-input-error';
import type { HashKit, KeyedMac, Message } from '../presign/hash-kit';
import { toHex } from '../presign/hash-kit';
import type { CosKeyTime } from './key-time';
import { getCosKeyTime } from './key-time';

/** COS SecretId / SecretKey, and the token of a temporary key. Never logged, never persisted. */
export interface CosCredentials {
  secretId: string;
  secretKey: string;
  /** sent as `x-cos-security-token` */
  securityToken?: string | undefined;
}

export interface CosSessionOptions {
  /** the signing time, ms since the epoch */
  now: number;
  /** KeyTime start in Unix seconds (a temporary key's StartTime, server time); default: the SDKs' rule */
  startTime?: number | undefined;
}

/** HMAC-SHA1 keyed by one SignKey: Step 7, Signature = HMAC-SHA1(SignKey, StringToSign). */
export interface CosSignatureMac {
  readonly keyTime: string;
  /** lower-case hex, as COS wants it and as it keys the next HMAC */
  readonly signKey: string;
  /** lower-case hex Signature of a StringToSign (or its UTF-8 bytes) */
  sign(stringToSign: Message): string;
}

export interface CosSigningSession {
  readonly credentials: CosCredentials;
  readonly now: number;
  readonly startTime: number | undefined;
  keyTime(expiresInSeconds: number): CosKeyTime;
  /** SignKey for a KeyTime (Step 2), lower-case hex */
  signKey(keyTime: string): string;
  /** the Signature's HMAC for a KeyTime, expanded once and kept for this session */
  signatureMac(keyTime: string): Promise<CosSignatureMac>;
  sha1(message: Message): Uint8Array;
  sha1Hex(message: Message): string;
}

export function validateCosCredentials(c: CosCredentials): void {
  if (!c.secretId.trim() || !c.secretKey.trim()) {
    throw new CoreInputError({ code: 'COS_CREDENTIALS_INVALID' });
  }
}

const MAX_CACHED_SIGN_KEYS = 16;

/**
 * `secretMac` is HMAC-SHA1 keyed by the SecretKey (the presigner caches it per secret: the same state
 * OSS V1 keeps, see KeyCache.v1). Sessions are cheap: a long job opens one per page to keep `now` current.
 */
export function openCosSigningSession(
  kit: HashKit,
  secretMac: KeyedMac,
  credentials: CosCredentials,
  options: CosSessionOptions,
): CosSigningSession {
  validateCosCredentials(credentials);
  const macs = new Map<string, Promise<CosSignatureMac>>();
  const signKey = (keyTime: string): string => toHex(secretMac.digest(keyTime));
  return {
    credentials: { ...credentials },
    now: options.now,
    startTime: options.startTime,
    keyTime: (expires) => getCosKeyTime(options.now, expires, options.startTime),
    signKey,
    signatureMac(keyTime) {
      let hit = macs.get(keyTime);
      if (!hit) {
        if (macs.size >= MAX_CACHED_SIGN_KEYS) macs.delete(macs.keys().next().value!);
        const key = signKey(keyTime);
        hit = kit.hmacSha1(key).then((mac) => ({
          keyTime,
          signKey: key,
          sign: (stringToSign) => toHex(mac.digest(stringToSign)),
        }));
        macs.set(keyTime, hit);
        hit.catch(() => macs.delete(keyTime));
      }
      return hit;
    },
    sha1: (m) => kit.sha1(m),
    sha1Hex: (m) => kit.sha1Hex(m),
  };
}
