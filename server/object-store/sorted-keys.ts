// The explicit keys of a bucket (seeded and uploaded), kept sorted so listing can seek by binary search.
// Synthetic folders are not stored here: their keys come from index arithmetic (synthetic-folder.ts).
import { compareKeys, partitionPoint, type SortedKeySource } from './key-order';

export class SortedKeys implements SortedKeySource {
  readonly #keys: string[] = [];

  get size(): number {
    return this.#keys.length;
  }

  keyAt(index: number): string {
    const key = this.#keys[index];
    if (key === undefined) throw new RangeError(`key index ${index} out of range`);
    return key;
  }

  has(key: string): boolean {
    const i = partitionPoint(this, (k) => compareKeys(k, key) < 0);
    return i < this.#keys.length && this.#keys[i] === key;
  }

  /** Adds a key if absent. O(n) per insert: explicit keys are few; big folders are synthetic. */
  add(key: string): void {
    const i = partitionPoint(this, (k) => compareKeys(k, key) < 0);
    if (this.#keys[i] !== key) this.#keys.splice(i, 0, key);
  }

  /** Removes a key if present. O(n), like add. */
  remove(key: string): void {
    const i = partitionPoint(this, (k) => compareKeys(k, key) < 0);
    if (this.#keys[i] === key) this.#keys.splice(i, 1);
  }
}
