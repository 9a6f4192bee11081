// All buckets of an oss-local instance, with the data directory (if any) and its manifest of synthetic
// folders. `refresh()` picks up folders that `npm run seed` registered while the server runs.
import { DiskLayer } from './disk-layer';
import { BucketStore } from './bucket-store';
import { manifestStamp, readManifest } from './manifest';
import { MultipartStore } from './multipart-store';
import type { SyntheticFolderSpec } from './synthetic-folder';

export interface SeedObjectInput {
  bucket: string;
  key: string;
  body: Buffer;
  contentType: string;
  lastModified: number;
}

export interface ObjectStoreOptions {
  buckets: readonly string[];
  /** undefined: uploads live in memory only */
  dataDir: string | undefined;
  seed: readonly SeedObjectInput[];
  /** folders given in options, in addition to the manifest's */
  synthetic: readonly SyntheticFolderSpec[];
  onManifestError?: (err: unknown) => void;
}

export class ObjectStore {
  readonly #buckets = new Map<string, BucketStore>();
  /** multipart uploads in progress, all buckets */
  readonly multipart: MultipartStore;
  readonly #dataDir: string | undefined;
  readonly #optionFolders: readonly SyntheticFolderSpec[];
  readonly #onManifestError: ((err: unknown) => void) | undefined;
  #stamp: string | undefined;

  constructor(options: ObjectStoreOptions) {
    this.#dataDir = options.dataDir;
    this.#optionFolders = options.synthetic;
    this.#onManifestError = options.onManifestError;
    const disk = options.dataDir === undefined ? undefined : new DiskLayer(options.dataDir);
    this.multipart = new MultipartStore(options.dataDir);
    for (const name of options.buckets) this.#buckets.set(name, new BucketStore(name, disk));
    for (const s of options.seed)
      this.#buckets.get(s.bucket)?.addSeed(s.key, s.body, s.contentType, s.lastModified);
    this.refresh();
  }

  bucket(name: string): BucketStore | undefined {
    return this.#buckets.get(name);
  }

  /** Re-reads the manifest if it changed since the last look (a stat per call). */
  refresh(): void {
    const stamp = this.#dataDir === undefined ? '' : manifestStamp(this.#dataDir);
    if (stamp === this.#stamp) return;
    this.#stamp = stamp;
    let fromManifest: SyntheticFolderSpec[] = [];
    try {
      if (this.#dataDir !== undefined && stamp !== '') fromManifest = readManifest(this.#dataDir).synthetic;
    } catch (err) {
      // a half-written or hand-edited manifest must not take the server down; keep serving without it
      this.#onManifestError?.(err);
    }
    const folders = [...this.#optionFolders, ...fromManifest];
    for (const bucket of this.#buckets.values()) bucket.setSyntheticFolders(folders);
  }
}
