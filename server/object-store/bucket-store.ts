// One bucket's objects: explicit ones (seeded in memory, uploaded to disk or memory) in a sorted key
// list, plus synthetic folders generated on demand. Explicit objects shadow synthetic ones of the same key.
import { Readable } from 'node:stream';
import type { DiskLayer } from './disk-layer';
import { collectHashed, type Written } from './hashed-write';
import { listEntries, type ListEntry, type ListRequest } from './list-engine';
import { metaOf, type ObjectMeta, type OpenedObject } from './object-record';
import { SerialQueue } from './serial-queue';
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
  readonly #commits = new SerialQueue();

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

  /**
   * Opens the current version of `key` for reading, or undefined when there is none. On disk a PUT or
   * DELETE may remove the version between the lookup and the open: then the lookup is made again.
   */
  async open(key: string): Promise<OpenedObject | undefined> {
    for (let attempt = 0; ; attempt++) {
      const explicit = this.#explicit.get(key);
      if (explicit === undefined) {
        const folder = this.#synthetic.find((f) => f.indexOf(key) !== undefined);
        if (folder === undefined) return undefined;
        const body = folder.content(key);
        return inMemory(metaOf(key, body, 'text/plain', folder.spec.lastModified), body);
      }
      if (explicit.body !== undefined) return inMemory(explicit.meta, explicit.body);
      if (this.#disk === undefined) throw new Error(`object ${key} has neither bytes nor a disk layer`);
      try {
        return await this.#disk.open(this.name, explicit.meta);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 3) throw err;
      }
    }
  }

  /** The whole object in one buffer, for tests and tools (never the request path: that streams). */
  async readAll(key: string): Promise<Buffer | undefined> {
    const opened = await this.open(key);
    if (opened === undefined) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of opened.stream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Stores an object streamed from `source` (PutObject, CompleteMultipartUpload): on disk the bytes go
   * straight to a new version file; `finish` builds the metadata from the size and hashes seen on the
   * way and may throw (BadDigest), which stores nothing. Commits of one bucket are serial, so the
   * sidecar on disk and the version in memory always agree.
   */
  async putStream(
    key: string,
    source: AsyncIterable<Uint8Array>,
    finish: (written: Written) => ObjectMeta,
  ): Promise<ObjectMeta> {
    const disk = this.#disk;
    if (disk === undefined) {
      const { body, ...written } = await collectHashed(source);
      const meta = finish(written);
      this.#addExplicit({ meta, body });
      return meta;
    }
    const staged = await disk.writeStream(this.name, key, source, finish);
    return this.#commits.run(async () => {
      const previous = this.#explicit.get(key);
      await staged.publish();
      this.#addExplicit({ meta: staged.meta, body: undefined });
      if (previous !== undefined && previous.body === undefined)
        await disk.removeVersion(this.name, previous.meta, staged.meta);
      return staged.meta;
    });
  }

  /**
   * Removes an explicit object (uploaded or seeded; a seed object comes back on the next start).
   * Objects of synthetic folders have no storage to remove and stay.
   */
  async delete(key: string): Promise<void> {
    await this.#commits.run(async () => {
      const explicit = this.#explicit.get(key);
      if (explicit === undefined) return;
      this.#explicit.delete(key);
      this.#keys.remove(key);
      if (explicit.body === undefined) await this.#disk?.remove(this.name, explicit.meta);
    });
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

/** An object whose bytes are a buffer (seed, synthetic, memory-only uploads): immutable once stored. */
function inMemory(meta: ObjectMeta, body: Buffer): OpenedObject {
  return {
    meta,
    stream: (range) =>
      Readable.from([range === undefined ? body : body.subarray(range.start, range.end + 1)]),
    close: () => Promise.resolve(),
  };
}
