// One bucket's objects: explicit ones (seeded in memory, uploaded to disk or memory) in a sorted key
// list, plus synthetic folders generated on demand. Explicit objects shadow synthetic ones of the same key.
import type { DiskLayer } from './disk-layer';
import { collectHashed, type Written } from './hashed-write';
import { listEntries, type ListEntry, type ListRequest } from './list-engine';
import { metaOf, type ObjectMeta, type ObjectRecord } from './object-record';
import { SortedKeys } from './sorted-keys';
import { SyntheticFolder, type SyntheticFolderSpec } from './synthetic-folder';

interface ExplicitObject {
  meta: ObjectMeta;
  /** in memory (seed, or uploads without a data dir); undefined when the bytes are on disk */
  body: Buffer | undefined;
}

/** What a listing row shows of an object. */
export type ListingRow = Pick<ObjectMeta, 'key' | 'size' | 'etag' | 'lastModified' | 'objectType'>;

export interface ListedPage {
  entries: Array<{ kind: 'prefix'; prefix: string } | { kind: 'key'; key: string; row: ListingRow }>;
  truncated: boolean;
}

export class BucketStore {
  readonly name: string;
  readonly #disk: DiskLayer | undefined;
  readonly #explicit = new Map<string, ExplicitObject>();
  readonly #keys = new SortedKeys();
  #synthetic: SyntheticFolder[] = [];

  constructor(name: string, disk: DiskLayer | undefined) {
    this.name = name;
    this.#disk = disk;
    for (const meta of disk?.loadBucket(name) ?? []) this.#addExplicit({ meta, body: undefined });
  }

  #addExplicit(object: ExplicitObject): void {
    this.#explicit.set(object.meta.key, object);
    this.#keys.add(object.meta.key);
  }

  /** Seed content: kept in memory, never overrides an object uploaded over it in an earlier run. */
  addSeed(key: string, body: Buffer, contentType: string, lastModified: number): void {
    if (this.#explicit.has(key)) return;
    this.#addExplicit({ meta: metaOf(key, body, contentType, lastModified), body });
  }

  setSyntheticFolders(specs: readonly SyntheticFolderSpec[]): void {
    this.#synthetic = specs.filter((s) => s.bucket === this.name).map((s) => new SyntheticFolder(s));
  }

  has(key: string): boolean {
    return this.meta(key) !== undefined;
  }

  meta(key: string): ObjectMeta | undefined {
    const explicit = this.#explicit.get(key);
    if (explicit !== undefined) return explicit.meta;
    const folder = this.#synthetic.find((f) => f.indexOf(key) !== undefined);
    return folder === undefined
      ? undefined
      : metaOf(key, folder.content(key), 'text/plain', folder.spec.lastModified);
  }

  get(key: string): ObjectRecord | undefined {
    const meta = this.meta(key);
    if (meta === undefined) return undefined;
    const explicit = this.#explicit.get(key);
    const read = async (): Promise<Buffer> => {
      if (explicit === undefined)
        return this.#synthetic.find((f) => f.indexOf(key) !== undefined)?.content(key) ?? Buffer.alloc(0);
      if (explicit.body !== undefined) return explicit.body;
      if (this.#disk === undefined) throw new Error(`object ${key} has neither bytes nor a disk layer`);
      return this.#disk.read(this.name, key);
    };
    return { ...meta, read };
  }

  async put(
    key: string,
    body: Buffer,
    contentType: string,
    lastModified: number,
    userMeta?: Record<string, string>,
  ): Promise<ObjectMeta> {
    const meta = metaOf(key, body, contentType, lastModified, userMeta);
    if (this.#disk !== undefined) await this.#disk.write(this.name, meta, body);
    this.#addExplicit({ meta, body: this.#disk === undefined ? body : undefined });
    return meta;
  }

  /**
   * Stores an object streamed from `source` (CompleteMultipartUpload): on disk the bytes go straight to
   * the object's file; `finish` builds the metadata from the size and MD5 seen on the way.
   */
  async putStream(
    key: string,
    source: AsyncIterable<Uint8Array>,
    finish: (written: Written) => ObjectMeta,
  ): Promise<ObjectMeta> {
    if (this.#disk !== undefined) {
      const meta = await this.#disk.writeStream(this.name, key, source, finish);
      this.#addExplicit({ meta, body: undefined });
      return meta;
    }
    const { body, ...written } = await collectHashed(source);
    const meta = finish(written);
    this.#addExplicit({ meta, body });
    return meta;
  }

  /**
   * Removes an explicit object (uploaded or seeded; a seed object comes back on the next start).
   * Objects of synthetic folders have no storage to remove and stay.
   */
  async delete(key: string): Promise<void> {
    const explicit = this.#explicit.get(key);
    if (explicit === undefined) return;
    this.#explicit.delete(key);
    this.#keys.remove(key);
    if (explicit.body === undefined) await this.#disk?.remove(this.name, key);
  }

  list(req: ListRequest): ListedPage {
    const synthetic = this.#synthetic;
    const page = listEntries([this.#keys, ...synthetic], req);
    return {
      truncated: page.truncated,
      entries: page.entries.map((e) => (e.kind === 'key' ? this.#row(e, synthetic) : e)),
    };
  }

  /** Source 0 is the explicit keys; source n > 0 is synthetic folder n - 1, addressed by index (no search). */
  #row(
    entry: ListEntry & { kind: 'key' },
    synthetic: readonly SyntheticFolder[],
  ): { kind: 'key'; key: string; row: ListingRow } {
    const folder = entry.source === 0 ? undefined : synthetic[entry.source - 1];
    if (folder === undefined) {
      const meta = this.#explicit.get(entry.key)?.meta;
      if (meta === undefined) throw new Error(`listed key ${entry.key} has no metadata`);
      return { kind: 'key', key: entry.key, row: meta };
    }
    return { kind: 'key', key: entry.key, row: folder.listingMeta(entry.index, entry.key) };
  }
}
