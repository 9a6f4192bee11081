// The browser's COS API for browsing, the sibling of src/oss/oss-client.ts with the same interface: list
// pages (GET Bucket by marker), head, the bucket's custom domains (GET Bucket domain). Every request is a
// URL presigned by the COS core with the broker's temporary key and clock (signature and token in the
// query: GET and HEAD stay simple CORS requests), sent with fetch. A dead key is renewed once per request.
import { buildCosListRequest } from '../core/cos/cos-list-request';
import { presignCosApiRequest } from '../core/cos/cos-bucket-request';
import type { CosPresigner } from '../core/cos/cos-presigner';
import type { CosSigningSession } from '../core/cos/cos-signing-session';
import { parseCosDomainList } from '../core/cos/parse-cos-domains';
import { resolveCosObjectOrigin } from '../core/cos/resolve-cos-origin';
import { OssError } from '../core/errors';
import { parseListBucketByMarker } from '../core/listing/parse-list-objects';
import { listAll } from '../oss/list-all';
import { toObjectHead } from '../oss/object-head';
import type { OssClient, OssClientOptions } from '../oss/oss-client';
import { ossFetch, ossText } from '../oss/oss-fetch';
import { signedCaller, withoutFolderItself } from '../oss/signed-call';
import { API_CALL_VALIDITY_SECONDS } from '../sts/credentials-manager';

export interface CosClientOptions extends Omit<OssClientOptions, 'presigner'> {
  presigner: CosPresigner | Promise<CosPresigner>;
}

/** The bucket's default-endpoint origin (API calls never go through custom or accelerate hosts). */
export function cosApiOrigin(c: Pick<CosClientOptions, 'bucket' | 'endpoint' | 'secure'>): string {
  return resolveCosObjectOrigin(c.bucket, c.endpoint, { kind: 'default' }, c.secure).origin;
}

export function createCosClient(options: CosClientOptions): OssClient {
  const { bucket, credentials } = options;
  const origin = cosApiOrigin(options);
  const send = { timeoutMs: options.timeoutMs, fetch: options.fetch };

  // StsCredentials carries a COS key in OSS's field names (cosCredentialsSource)
  const signed = signedCaller<CosSigningSession>({
    credentials,
    openSession: async (c, now) =>
      (await options.presigner).session(
        { secretId: c.accessKeyId, secretKey: c.accessKeySecret, securityToken: c.securityToken },
        { now },
      ),
  });

  const client: OssClient = {
    bucket,
    origin,
    listPage(o) {
      return signed({ prefix: o.prefix, token: o.continuationToken }, o.signal, async (session) => {
        const url = await buildCosListRequest(session, {
          origin,
          prefix: o.prefix,
          delimiter: o.delimiter,
          marker: o.continuationToken ?? o.startAfter,
          maxKeys: o.maxKeys ?? 1000,
        });
        const res = await ossFetch(url, { ...send, signal: o.signal });
        return withoutFolderItself(
          parseListBucketByMarker(await ossText(res, o.signal), { details: true }),
          o.prefix,
        );
      });
    },
    listAll(o) {
      return listAll({ ...o, client });
    },
    head(key, o = {}) {
      return signed({ prefix: key }, o.signal, async (session) => {
        const url = await presignCosApiRequest(session, {
          method: 'HEAD',
          origin,
          key,
          expiresSeconds: API_CALL_VALIDITY_SECONDS,
        });
        const res = await ossFetch(url, { ...send, method: 'HEAD', signal: o.signal });
        return toObjectHead(key, res.headers);
      });
    },
    async listCnames(o = {}) {
      try {
        return await signed({ prefix: '' }, o.signal, async (session) => {
          const url = await presignCosApiRequest(session, {
            method: 'GET',
            origin,
            params: [['domain', null]],
            expiresSeconds: API_CALL_VALIDITY_SECONDS,
          });
          const res = await ossFetch(url, { ...send, signal: o.signal });
          return parseCosDomainList(await ossText(res, o.signal));
        });
      } catch (err) {
        // Reading domains is optional: without GetBucketDomain the operator types them in Settings;
        // a bucket with no domain answers NoSuchDomain (COS), which is the empty list.
        if (err instanceof OssError && err.code === 'NoSuchDomain') return [];
        if (err instanceof OssError && err.code === 'AccessDenied') return undefined;
        throw err;
      }
    },
  };
  return client;
}
