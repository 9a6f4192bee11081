// A signing session: credentials + a fixed `now` + keyed MAC state, ready to sign synchronously.
// Sessions are cheap to create again (the Presigner caches key state), so long jobs make a fresh one
// per page to keep `now` current.
import { getCanonicalRequestV4, getScopeV4, getStringToSignV4, formatV4DateTime } from './canonical-v4';
import {
  V1_AUTH_PREFIX,
  V4_ALGORITHM,
  V4_SECRET_PREFIX,
  V4_PRODUCT,
  V4_REQUEST_TERMINATOR,
} from './constants';
import type { SigningCredentials } from './credentials';
import { validateCredentials } from './credentials';
import type { HashKit, KeyedMac, Message } from './hash-kit';
import { toBase64, toBase64Query, toHex } from './hash-kit';
import type { CanonicalRequestV4Input } from './canonical-v4';

export interface SessionOptions {
  /** the signing time, ms since the epoch */
  now: number;
  /** standard region (cn-hangzhou) for V4 scopes */
  region: string;
  product?: string;
}

export interface SigningSession {
  readonly credentials: SigningCredentials;
  readonly now: number;
  readonly region: string;
  readonly product: string;
  /** `20231217T025437Z` */
  readonly v4DateTime: string;
  /** `ak/20231217/cn-hangzhou/oss/aliyun_v4_request` */
  readonly v4Credential: string;
  readonly v4Scope: string;
  /** base64 HMAC-SHA1 of a V1 string to sign (or its UTF-8 bytes) */
  signV1(stringToSign: Message): string;
  /** signV1 percent-encoded as a query value (the `Signature` of a V1 URL) */
  signV1Query(stringToSign: Message): string;
  /** hex HMAC-SHA256 of a V4 string to sign (or its UTF-8 bytes), with this session's signing key */
  signV4(stringToSign: Message): string;
  sha256Hex(message: Message): string;
  sha256(message: Message): Uint8Array;
  /** `OSS ak:signature` */
  authorizationV1(stringToSign: string): string;
  /** hex V4 signature of a canonical request (getCanonicalRequestV4) at this session's date and scope */
  signCanonicalRequestV4(canonicalRequest: string): string;
  /** V4 Authorization header value for a canonical request of this session's date and region */
  authorizationV4(canonical: CanonicalRequestV4Input): string;
}

const MAX_CACHED_KEYS = 16;

/** Caches expanded key state per secret (V1) and per secret/date/region/product (V4). Instance-owned, never global. */
export class KeyCache {
  private readonly entries = new Map<string, Promise<KeyedMac>>();
  constructor(private readonly kit: HashKit) {}

  private remember(id: string, make: () => Promise<KeyedMac>): Promise<KeyedMac> {
    let hit = this.entries.get(id);
    if (!hit) {
      if (this.entries.size >= MAX_CACHED_KEYS) this.entries.delete(this.entries.keys().next().value!);
      hit = make();
      this.entries.set(id, hit);
      hit.catch(() => this.entries.delete(id));
    }
    return hit;
  }

  v1(secret: string): Promise<KeyedMac> {
    return this.remember(`1\u0000${secret}`, () => this.kit.hmacSha1(secret));
  }

  v4(secret: string, date: string, region: string, product: string): Promise<KeyedMac> {
    return this.remember(`4\u0000${secret}\u0000${date}\u0000${region}\u0000${product}`, async () => {
      const signingDate = (await this.kit.hmacSha256(`${V4_SECRET_PREFIX}${secret}`)).digest(date);
      const signingRegion = (await this.kit.hmacSha256(signingDate)).digest(region);
      const signingProduct = (await this.kit.hmacSha256(signingRegion)).digest(product);
      const signingKey = (await this.kit.hmacSha256(signingProduct)).digest(V4_REQUEST_TERMINATOR);
      return this.kit.hmacSha256(signingKey);
    });
  }
}

export async function openSigningSession(
  kit: HashKit,
  keys: KeyCache,
  credentials: SigningCredentials,
  options: SessionOptions,
): Promise<SigningSession> {
  validateCredentials(credentials);
  const product = options.product ?? V4_PRODUCT;
  const v4DateTime = formatV4DateTime(options.now);
  const date = v4DateTime.slice(0, 8);
  const [v1, v4] = await Promise.all([
    keys.v1(credentials.accessKeySecret),
    keys.v4(credentials.accessKeySecret, date, options.region, product),
  ]);
  const v4Scope = getScopeV4(date, options.region, product);
  const v4Credential = `${credentials.accessKeyId}/${v4Scope}`;
  const session: SigningSession = {
    credentials: { ...credentials },
    now: options.now,
    region: options.region,
    product,
    v4DateTime,
    v4Credential,
    v4Scope,
    signV1: (s) => toBase64(v1.digest(s)),
    signV1Query: (s) => toBase64Query(v1.digest(s)),
    signV4: (s) => toHex(v4.digest(s)),
    sha256Hex: (m) => kit.sha256Hex(m),
    sha256: (m) => kit.sha256(m),
    authorizationV1: (s) => `${V1_AUTH_PREFIX} ${credentials.accessKeyId}:${session.signV1(s)}`,
    signCanonicalRequestV4: (canonicalRequest) =>
      session.signV4(getStringToSignV4(v4DateTime, v4Scope, kit.sha256Hex(canonicalRequest))),
    authorizationV4(canonical) {
      const signature = session.signCanonicalRequestV4(getCanonicalRequestV4(canonical));
      const extra =
        canonical.additionalHeaders.length > 0
          ? `AdditionalHeaders=${canonical.additionalHeaders.join(';')},`
          : '';
      return `${V4_ALGORITHM} Credential=${v4Credential},${extra}Signature=${signature}`;
    },
  };
  return session;
}
