// Query factories for the links the panels show. Signing is local, but it may ask the broker for longer
// credentials first, so it is a query: one in flight per options, the last link kept while the next signs.
// Keys name the bucket connection by its id (broker, authentication, bucket) and hold every option;
// the presigner and the credentials manager are that connection's services.
import { queryOptions } from '@tanstack/react-query';
import type { LinkOptions } from '../../core/link/link-options';
import type { Presigner } from '../../core/presign';
import type { UploadLinkOptions } from '../../core/upload/upload-link';
import { probeCustomDomain } from '../../oss/domain-probe';
import type { CosPresigner } from '../../core/cos/cos-presigner';
import type { ProviderKind } from '../../core/provider/link-provider';
import { signCosLink, signCosUploadLink } from '../../cos/cos-link-signing';
import { signLink, signUploadLink, type LinkBucket } from '../../oss/link-signing';

type Bucket = LinkBucket & { id: string };

/** The connection's signers, one per cloud; a bucket's provider picks one. */
export interface LinkSigners {
  presigner: Promise<Presigner>;
  cosPresigner(): Promise<CosPresigner>;
}

const linkQueryDefaults = {
  staleTime: Infinity,
  gcTime: 60_000,
  retry: false,
} as const;

export const linkQueries = {
  download: (
    signers: LinkSigners,
    bucket: Bucket & { provider: ProviderKind },
    key: string,
    options: LinkOptions,
  ) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- signers, credentials: bucket.id's services
    queryOptions({
      queryKey: ['link', 'download', bucket.id, bucket.endpoint, key, options] as const,
      queryFn: () =>
        bucket.provider === 'cos'
          ? signCosLink(signers.cosPresigner(), bucket, key, options)
          : signLink(signers.presigner, bucket, key, options),
      ...linkQueryDefaults,
    }),
  upload: (
    signers: LinkSigners,
    bucket: Bucket & { provider: ProviderKind },
    key: string,
    options: UploadLinkOptions,
  ) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- signers, credentials: bucket.id's services
    queryOptions({
      queryKey: ['link', 'upload', bucket.id, bucket.endpoint, key, options] as const,
      queryFn: () =>
        bucket.provider === 'cos'
          ? signCosUploadLink(signers.cosPresigner(), bucket, key, options)
          : signUploadLink(signers.presigner, bucket, key, options),
      ...linkQueryDefaults,
    }),
  /** does `host` serve the bucket? a signed HEAD of `key` through it (src/oss/domain-probe.ts) */
  domainProbe: (presigner: Promise<Presigner>, bucket: Bucket, key: string, host: string, secure: boolean) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- presigner, credentials: bucket.id's services
    queryOptions({
      queryKey: ['link', 'domain-probe', bucket.id, bucket.endpoint, key, host, secure] as const,
      queryFn: ({ signal }) => probeCustomDomain(presigner, bucket, key, host, { secure, signal }),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};
