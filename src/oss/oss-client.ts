// The browser's OSS API for browsing: list pages (ListObjectsV2), head, the bucket's custom domains. Every
// request is a presigned V4 URL made by the signing core with the broker's credentials and clock, and sent
// with fetch (no SDK on the browse path: ali-oss is loaded only when an upload starts). A dead token is
// renewed once per request (listing-retry.ts); transient failures are the caller's to retry (listAll).
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../core/endpoint/resolve-object-origin';
import { parseCnameList, type CnameEntry } from '../core/endpoint/parse-cname-list';
import { OssError } from '../core/errors';
import { buildListObjectsRequest } from '../core/listing/list-objects-request';
import { parseListObjectsV2, type ListPage } from '../core/listing/parse-list-objects';
import type { Presigner, SigningSession } from '../core/presign';
import { compilePresign } from '../core/presign';
import { presignBucketRequestV4 } from '../core/presign/bucket-request-v4';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';
import { signedCaller, withoutFolderItself, type ClientCredentials } from './signed-call';
import { listAll, type ListAllOptions, type ListPageOptions } from './list-all';
import { toObjectHead, type ObjectHead } from './object-head';
import { ossFetch, ossText } from './oss-fetch';

export interface OssClientOptions {
  bucket: string;
  /** region, endpoint overrides and ports */
  endpoint: EndpointSettings;
  secure: boolean;
  credentials: ClientCredentials;
  presigner: Presigner | Promise<Presigner>;
  /** per request, default 60 s */
  timeoutMs?: number;
  /** Node tests: a fetch that reaches *.localhost */
  fetch?: typeof fetch;
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

/** The bucket's default-endpoint origin (API calls never go through custom or accelerate hosts). */
export function apiOrigin(c: Pick<OssClientOptions, 'bucket' | 'endpoint' | 'secure'>): string {
  return resolveObjectOrigin(c.bucket, c.endpoint, { kind: 'default' }, c.secure).origin;
}

export function createOssClient(options: OssClientOptions): OssClient {
  const { bucket, credentials } = options;
  const origin = apiOrigin(options);
  const region = options.endpoint.region;
  const send = { timeoutMs: options.timeoutMs, fetch: options.fetch };

  const signed = signedCaller<SigningSession>({
    credentials,
    openSession: async (c, now) => (await options.presigner).session(c, { now, region }),
    refusedKeyId: (err) => err.details.OSSAccessKeyId,
  });

  const client: OssClient = {
    bucket,
    origin,
    listPage(o) {
      return signed({ prefix: o.prefix, token: o.continuationToken }, o.signal, async (session) => {
        const { url } = buildListObjectsRequest(session, {
          origin,
          bucket,
          prefix: o.prefix,
          delimiter: o.delimiter,
          continuationToken: o.continuationToken,
          startAfter: o.startAfter,
          maxKeys: o.maxKeys ?? 1000,
        });
        const res = await ossFetch(url, { ...send, signal: o.signal });
        return withoutFolderItself(
          parseListObjectsV2(await ossText(res, o.signal), { details: true }),
          o.prefix,
        );
      });
    },
    listAll(o) {
      return listAll({ ...o, client });
    },
    head(key, o = {}) {
      return signed({ prefix: key }, o.signal, async (session) => {
        const { url } = compilePresign(session, {
          method: 'HEAD',
          version: 'v4',
          bucket,
          origin: resolveObjectOrigin(bucket, options.endpoint, { kind: 'default' }, options.secure),
          expiresInSeconds: API_CALL_VALIDITY_SECONDS,
        })(key);
        const res = await ossFetch(url, { ...send, method: 'HEAD', signal: o.signal });
        return toObjectHead(key, res.headers);
      });
    },
    async listCnames(o = {}) {
      try {
        return await signed({ prefix: '' }, o.signal, async (session) => {
          const url = presignBucketRequestV4(session, {
            origin,
            bucket,
            query: [['cname', null]],
            expiresSeconds: API_CALL_VALIDITY_SECONDS,
          });
          const res = await ossFetch(url, { ...send, signal: o.signal });
          return parseCnameList(await ossText(res, o.signal));
        });
      } catch (err) {
        // Listing domains is optional: without oss:ListCname the operator types them in Settings.
        if (err instanceof OssError && err.code === 'AccessDenied') return undefined;
        throw err;
      }
    },
  };
  return client;
}
