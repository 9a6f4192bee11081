// Fakes for the pipeline tests: a bucket of N objects behind a ListObjectsV2-like client with scripted
// failures, a memory sink, credentials from a real CredentialsManager over a scripted broker.
import { OssError } from '../core/errors';
import { createPresigner } from '../core/presign';
import type { LinkOptions } from '../core/link/link-options';
import { listAll, type ListAllOptions } from '../oss/list-all';
import type { ListPage, ObjectEntry } from '../core/listing/parse-list-objects';
import type { ListPageOptions } from '../oss/list-all';
import { CredentialsManager } from '../sts/credentials-manager';
import type { StsCredentials } from '../sts/sts-credentials';
import type { ExportChunk, ExportSink } from './export-sink';
import type { Lister } from './export-source';
import { inThreadPageSigner } from './page-signer';
import { pagePresigners, type PagePresigners } from '../workers/page-presigners';
import { listJob } from '../workers/list-job';
import { signListedPageJob } from '../workers/sign-url-list-job';
import type { ListingPool } from './worker-listing';

export const NOW = Date.parse('2030-01-02T03:04:05Z');
export const presigner = createPresigner();
export const presigners = pagePresigners({ oss: presigner });
export const signer = inThreadPageSigner(presigners);
export const endpoint = { region: 'cn-hangzhou' };
export const linkOptions: LinkOptions = {
  validitySeconds: 3600,
  secure: true,
  domain: { kind: 'default' },
  disposition: 'attachment',
  version: 'v4',
};

export function objectsNamed(keys: readonly string[]): ObjectEntry[] {
  return keys.map((key, i) => ({
    key,
    size: i + 1,
    lastModified: NOW - 86_400_000,
    etag: `ETAG${i}`,
    storageClass: 'Standard',
  }));
}

export function numberedKeys(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(6, '0')}.txt`);
}

/** A listing client over sorted objects; `fail(call)` returns an error to throw for that call number. */
export function fakeBucket(objects: readonly ObjectEntry[], fail: (call: number) => Error | undefined) {
  let calls = 0;
  const client = {
    calls: () => calls,
    async listPage(o: ListPageOptions): Promise<ListPage> {
      calls += 1;
      o.signal?.throwIfAborted();
      const error = fail(calls);
      if (error) throw error;
      // OSS lists in key order
      const under = objects
        .filter((x) => x.key.startsWith(o.prefix))
        .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
      const start = o.continuationToken === undefined ? 0 : Number(o.continuationToken);
      const size = o.maxKeys ?? 1000;
      const slice = under.slice(start, start + size);
      const next = start + size < under.length ? String(start + size) : undefined;
      return {
        folders: [],
        objects: slice,
        isTruncated: next !== undefined,
        keyCount: slice.length,
        ...(next === undefined ? {} : { nextContinuationToken: next }),
      };
    },
  };
  const lister: Lister = {
    listAll: (o: Omit<ListAllOptions, 'client'>) =>
      listAll({ ...o, client, maxKeys: o.maxKeys ?? 100, sleep: async () => undefined }),
  };
  return { client, lister };
}

export function unavailable(): OssError {
  return new OssError({
    code: 'ServiceUnavailable',
    message: 'Please reduce your request rate.',
    status: 503,
    requestId: undefined,
    hostId: undefined,
  });
}

export function memorySink(): ExportSink & {
  text(): string;
  chunks: string[];
  closed: boolean;
  aborted: boolean;
} {
  const chunks: string[] = [];
  const sink = {
    chunks,
    closed: false,
    aborted: false,
    text: () => chunks.join(''),
    async write(chunk: ExportChunk) {
      chunks.push(
        typeof chunk === 'string'
          ? chunk
          : chunk instanceof Blob
            ? await chunk.text()
            : new TextDecoder().decode(chunk),
      );
    },
    async close() {
      sink.closed = true;
    },
    async abort() {
      sink.aborted = true;
      chunks.length = 0;
    },
  };
  return sink;
}

/** A real CredentialsManager over a broker that grants `grant(request, call)` seconds with token `T<call>`. */
export function scriptedCredentials(grantSeconds: (asked: number) => number = (asked) => asked) {
  const clock = { t: NOW };
  const asked: number[] = [];
  const manager = new CredentialsManager({
    source: async ({ durationSeconds }) => {
      asked.push(durationSeconds);
      const granted = grantSeconds(durationSeconds);
      const credentials: StsCredentials = {
        accessKeyId: `STS.fake${asked.length}`,
        accessKeySecret: `secret${asked.length}`,
        securityToken: `T${asked.length}`,
        expiresAt: clock.t + granted * 1000,
        grantedSeconds: granted,
        requestedSeconds: durationSeconds,
      };
      return { credentials, serverDate: undefined };
    },
    clock: { now: () => clock.t, setTimeout: () => 0, clearTimeout: () => undefined },
  });
  return { manager, clock, asked };
}

/** What the worker pool does, on this thread: the listing worker fetches a page, a signing worker signs it. */
export function inThreadListingPool(
  cores: PagePresigners,
  fetch: typeof globalThis.fetch,
  onRequest: () => void,
): ListingPool {
  return {
    listPage: async (job) => {
      onRequest();
      return listJob(cores, job, { fetch });
    },
    signListedPage: (job) => signListedPageJob(cores, job),
  };
}

/** A page signer that must not be called: the flights bring their own signing. */
export const unusedSigner = {
  signPage: () => Promise.reject(new Error('unused')),
  parallelism: 2,
};

/** Runs `f` over `items` with `lanes` at once. */
export async function forEachLane<T>(items: readonly T[], lanes: number, f: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await f(items[next++]!);
    }),
  );
}
