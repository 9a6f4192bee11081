// Signs an upload link: credentials that last as long as the link, then the core's PUT signer. The effective
// expiry is min(URL, STS), as for download links.
import { useQuery } from '@tanstack/react-query';
import type { EffectiveExpiry } from '../../../core/expiry/effective-expiry';
import { getEffectiveExpiry } from '../../../core/expiry/effective-expiry';
import type { Presigner } from '../../../core/presign';
import { compilePresign } from '../../../core/presign';
import { uploadTemplateFor, type UploadLinkOptions } from '../../../core/upload/upload-link';
import type { BucketConnection } from '../../connection/bucket-connection';
import { signingSessionFor } from '../url-panel/use-signed-link';

export interface SignedUploadLink {
  url: string;
  key: string;
  contentType: string;
  contentMd5: string | undefined;
  urlExpiresAt: number;
  effective: EffectiveExpiry;
  credentialsExpireAt: number;
}

export async function signUploadLink(
  presigner: Promise<Presigner>,
  bucket: BucketConnection,
  key: string,
  options: UploadLinkOptions,
): Promise<SignedUploadLink> {
  const template = uploadTemplateFor(bucket.name, key, options, bucket.endpoint);
  const { credentials, session } = await signingSessionFor(presigner, bucket, options.validitySeconds);
  const signed = compilePresign(session, template)(key);
  return {
    url: signed.url,
    key,
    contentType: template.contentType!,
    contentMd5: template.contentMd5,
    urlExpiresAt: signed.expiresAt,
    effective: getEffectiveExpiry(signed.expiresAt, credentials.expiresAt),
    credentialsExpireAt: credentials.expiresAt,
  };
}

/** undefined key or options: nothing to sign yet (the form shows why). */
export function useUploadLink(
  presigner: Promise<Presigner>,
  bucket: BucketConnection,
  key: string | undefined,
  options: UploadLinkOptions | undefined,
) {
  return useQuery({
    queryKey: ['upload-link', bucket.name, bucket.endpoint, key, options],
    queryFn: () => signUploadLink(presigner, bucket, key!, options!),
    enabled: key !== undefined && options !== undefined,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    placeholderData: (previous) => previous,
  });
}
