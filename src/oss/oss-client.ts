// The browser's OSS API, through the official SDK (ali-oss): list pages, head, the bucket's custom domains.
// Credentials come from the CredentialsManager on every request (ali-oss's refreshSTSToken hook); an OSS
// answer saying the token is dead invalidates them and the call is retried once with new ones.
import OSS from 'ali-oss';
import { OssError, type HeaderSource } from '../core/errors';
import { listAll, type ListAllOptions } from './list-all';
import { toListPage, type ListPage } from './list-page';
import { toObjectHead, type ObjectHead } from './object-head';
import { sdkCaller, type SdkInternals } from './sdk-call';
import { hookSdkErrors } from './sdk-errors';
import { parseCnames, type CnameEntry } from './cnames';
import { apiOrigin, sdkOptionsFor, type SdkConnection } from './sdk-options';

export type OssClientOptions = SdkConnection;

export interface ListPageOptions {
  prefix: string;
  /** '/' lists one folder level (folders first); omit for every key under the prefix */
  delimiter?: string;
  continuationToken?: string;
  /** 1–1000, default 1000 */
  maxKeys?: number;
  startAfter?: string;
  signal?: AbortSignal;
}

export interface OssClient {
  readonly bucket: string;
  /** scheme://host[:port] the client talks to; part of query keys */
  readonly origin: string;
  listPage(options: ListPageOptions): Promise<ListPage>;
  /** every page under a prefix, retrying transient failures; see list-all.ts */
  listAll(options: Omit<ListAllOptions, 'client'>): AsyncGenerator<ListPage>;
  head(key: string, options?: { signal?: AbortSignal }): Promise<ObjectHead>;
  /** the bucket's custom domains, or undefined when the credentials may not list them */
  listCnames(options?: { signal?: AbortSignal }): Promise<CnameEntry[] | undefined>;
}

export function createOssClient(options: OssClientOptions): OssClient {
  const { bucket, credentials } = options;
  // Listing always uses the bucket's default endpoint; custom and accelerate hosts are for shared links.
  const origin = apiOrigin(options);
  const timeout = options.timeoutMs ?? 60_000;
  const sdkOptions = sdkOptionsFor(options);
  const sdk = new OSS(sdkOptions as unknown as OSS.Options);
  hookSdkErrors(sdk);
  const internals = sdk as unknown as SdkInternals;

  const call = sdkCaller(sdk, credentials);

  const client: OssClient = {
    bucket,
    origin,
    async listPage(o) {
      const maxKeys = o.maxKeys ?? 1000;
      if (!Number.isInteger(maxKeys) || maxKeys < 1 || maxKeys > 1000) {
        throw new RangeError(`maxKeys must be a whole number from 1 to 1000, not ${maxKeys}.`);
      }
      const query: Record<string, string> = { 'max-keys': String(maxKeys), 'encoding-type': 'url' };
      // An empty prefix=… is sent but left out of ali-oss's V4 canonical query: OSS then refuses the
      // signature. No prefix means the same thing.
      if (o.prefix) query.prefix = o.prefix;
      if (o.delimiter) query.delimiter = o.delimiter;
      if (o.startAfter) query['start-after'] = o.startAfter;
      if (o.continuationToken) query['continuation-token'] = o.continuationToken;
      // A fresh copy per attempt: ali-oss deletes continuation-token from the object it is given, and a
      // retry after a dead token would otherwise restart the listing from page 1.
      const answer = await call(
        () => sdk.listV2({ ...query } as OSS.ListV2ObjectsQuery, { timeout }),
        o.signal,
      );
      return toListPage(answer, { prefix: o.prefix, urlEncoded: true });
    },
    listAll(o) {
      return listAll({ ...o, client });
    },
    async head(key, o = {}) {
      const result = await call(() => sdk.head(key, { timeout }), o.signal);
      return toObjectHead(key, result.res.headers as HeaderSource);
    },
    async listCnames(o = {}) {
      try {
        const result = await call(
          () =>
            internals.request({
              method: 'GET',
              bucket,
              subres: 'cname',
              xmlResponse: true,
              successStatuses: [200],
              timeout,
            }),
          o.signal,
        );
        return parseCnames(result.data);
      } catch (err) {
        // Listing domains is optional: without oss:ListCname the operator types them in Settings.
        if (err instanceof OssError && err.code === 'AccessDenied') return undefined;
        throw err;
      }
    },
  };
  return client;
}
