// A folder of `count` generated objects, `<prefix>000000123.txt`, that exists without files or stored keys.
// Keys are fixed-width so index order is key order; content is a pure function of the key, so GET
// returns the same bytes and ETag on every run and on every machine.
import { hash } from 'node:crypto';
import { compareKeys, type SortedKeySource } from './key-order';

export const SYNTHETIC_DIGITS = 9;
export const SYNTHETIC_SUFFIX = '.txt';
export const SYNTHETIC_MAX_COUNT = 10 ** SYNTHETIC_DIGITS;

export interface SyntheticFolderSpec {
  bucket: string;
  prefix: string;
  count: number;
  /** Last-Modified of every object, epoch ms (fixed, so listings are stable) */
  lastModified: number;
}

function syntheticText(bucket: string, key: string): string {
  return `oss-local synthetic object ${bucket}/${key}\n`.repeat(3);
}

export function syntheticContent(bucket: string, key: string): Buffer {
  return Buffer.from(syntheticText(bucket, key), 'utf8');
}

/** ETags kept per folder (listings walk the same keys again: every round of a bench, every re-export) */
const ETAG_CACHE_LIMIT = 250_000;

export class SyntheticFolder implements SortedKeySource {
  readonly spec: SyntheticFolderSpec;
  /** index → quoted ETag; cleared when full (a bounded memo: ~20 MB at most) */
  readonly #etags = new Map<number, string>();

  constructor(spec: SyntheticFolderSpec) {
    if (!Number.isInteger(spec.count) || spec.count < 0 || spec.count > SYNTHETIC_MAX_COUNT) {
      throw new RangeError(`synthetic count must be an integer from 0 to ${SYNTHETIC_MAX_COUNT}`);
    }
    this.spec = spec;
  }

  get size(): number {
    return this.spec.count;
  }

  keyAt(index: number): string {
    return `${this.spec.prefix}${String(index).padStart(SYNTHETIC_DIGITS, '0')}${SYNTHETIC_SUFFIX}`;
  }

  /** The index a key would have, or undefined if the key is not one of this folder's. */
  indexOf(key: string): number | undefined {
    const { prefix } = this.spec;
    if (!key.startsWith(prefix) || !key.endsWith(SYNTHETIC_SUFFIX)) return undefined;
    const digits = key.slice(prefix.length, key.length - SYNTHETIC_SUFFIX.length);
    if (!/^\d+$/.test(digits) || digits.length !== SYNTHETIC_DIGITS) return undefined;
    const index = Number(digits);
    return index < this.spec.count && compareKeys(this.keyAt(index), key) === 0 ? index : undefined;
  }

  content(key: string): Buffer {
    return syntheticContent(this.spec.bucket, key);
  }

  /**
   * Size and ETag of the object at `index`, for listings: one MD5 over the content string, no Buffer.
   * (Every listed key needs an ETag, so this is the hot path of a million-object walk.)
   */
  listingMeta(
    index: number,
    key: string = this.keyAt(index),
  ): { key: string; size: number; etag: string; lastModified: number } {
    const text = syntheticText(this.spec.bucket, key);
    let etag = this.#etags.get(index);
    if (etag === undefined) {
      etag = `"${hash('md5', text, 'hex').toUpperCase()}"`;
      if (this.#etags.size >= ETAG_CACHE_LIMIT) this.#etags.clear();
      this.#etags.set(index, etag);
    }
    return { key, size: Buffer.byteLength(text, 'utf8'), etag, lastModified: this.spec.lastModified };
  }
}
