// The only place that touches hash functions. hash-wasm gives synchronous HMAC/SHA-256 once its
// WebAssembly is instantiated (embedded, no fetch), and lets us keep the keyed HMAC state for reuse:
// a V1 secret or a V4 signing key is expanded once, not per URL. SHA-1 digests serve COS (its HttpString).
// Every HMAC of one hash shares one instance of it: hash-wasm's createHMAC(createSHA256()) instantiates
// the WebAssembly anew per key, and a V4 signing key is five keys in a row (five instantiations, each
// resolving as a task of its own: ~40 ms between the credentials' arrival and the first listing request
// on a busy page). Sharing is safe because a KeyedMac's digest runs init → update → digest in one
// synchronous call: no two MACs' states are ever interleaved in the instance.
import { createHMAC, createSHA1, createSHA256 } from 'hash-wasm';

type Hasher = Awaited<ReturnType<typeof createSHA256>>;

/** A UTF-8 string, or its bytes already encoded (the bulk signers' fast path, see message-bytes). */
export type Message = string | Uint8Array;

export interface KeyedMac {
  /** MAC of a UTF-8 string (or its bytes) */
  digest(message: Message): Uint8Array;
}

export interface HashKit {
  sha256Hex(message: Message): string;
  sha256(message: Message): Uint8Array;
  sha1Hex(message: Message): string;
  sha1(message: Message): Uint8Array;
  hmacSha1(key: string | Uint8Array): Promise<KeyedMac>;
  hmacSha256(key: string | Uint8Array): Promise<KeyedMac>;
}

function keyed(hasher: Hasher): KeyedMac {
  return {
    digest(message) {
      hasher.init();
      hasher.update(message);
      return hasher.digest('binary');
    },
  };
}

export async function createHashKit(): Promise<HashKit> {
  const [sha256, sha1, macSha256, macSha1] = await Promise.all([
    createSHA256(),
    createSHA1(),
    createSHA256(),
    createSHA1(),
  ]);
  return {
    sha256Hex(message) {
      sha256.init();
      sha256.update(message);
      return sha256.digest('hex');
    },
    sha256(message) {
      sha256.init();
      sha256.update(message);
      return sha256.digest('binary');
    },
    sha1Hex(message) {
      sha1.init();
      sha1.update(message);
      return sha1.digest('hex');
    },
    sha1(message) {
      sha1.init();
      sha1.update(message);
      return sha1.digest('binary');
    },
    hmacSha1: async (key) => keyed(await createHMAC(Promise.resolve(macSha1), key)),
    hmacSha256: async (key) => keyed(await createHMAC(Promise.resolve(macSha256), key)),
  };
}

const B64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
/** the same alphabet as a query value spells it (encodeURIComponent): `+` and `/` percent-encoded */
const B64_QUERY = B64.map((c) => (c === '+' ? '%2B' : c === '/' ? '%2F' : c));

function base64With(bytes: Uint8Array, table: readonly string[], pad: string): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += table[n >> 18]! + table[(n >> 12) & 63]! + table[(n >> 6) & 63]! + table[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += table[n >> 18]! + table[(n >> 12) & 63]! + pad + pad;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += table[n >> 18]! + table[(n >> 12) & 63]! + table[(n >> 6) & 63]! + pad;
  }
  return out;
}

/** Base64 of a digest (RFC 4648, padded). Not a cryptographic primitive: a table lookup. */
export function toBase64(bytes: Uint8Array): string {
  return base64With(bytes, B64, '=');
}

/**
 * `encodeURIComponent(toBase64(bytes))` in one pass: a V1 signature as its URL carries it. The bulk signers
 * write one per URL, and encodeURIComponent (a runtime call) cost more than the table lookups.
 */
export function toBase64Query(bytes: Uint8Array): string {
  return base64With(bytes, B64_QUERY, '%3D');
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}
