// Signs the panel's link: credentials that last as long as the link (asking the broker for that duration
// when the current ones end sooner), then the core's signer. The effective expiry is min(URL, STS).
import { useQuery } from '@tanstack/react-query';
import type { EffectiveExpiry } from '../../../core/expiry/effective-expiry';
import { getEffectiveExpiry } from '../../../core/expiry/effective-expiry';
import type { HostKind } from '../../../core/endpoint/resolve-object-origin';
import type { LinkOptions } from '../../../core/link/link-options';
import { linkTemplateFor, plainObjectUrl } from '../../../core/link/link-options';
import type { Presigner } from '../../../core/presign';
import { compilePresign } from '../../../core/presign';
import type { BucketConnection } from '../../connection/bucket-connection';

export interface SignedLink {
  url: string;
  /** the same object, inline and without a file name, for the preview */
  previewUrl: string;
  plainUrl: string;
  urlExpiresAt: number;
  effective: EffectiveExpiry;
  credentialsExpireAt: number;
  grantedSeconds: number | undefined;
  requestedSeconds: number | undefined;
  hostKind: HostKind;
}

/**
 * Credentials that last `validitySeconds` (asking the broker for that duration when the current ones end
 * sooner) and a signing session on the broker's clock.
 */
export async function signingSessionFor(
  presigner: Promise<Presigner>,
  bucket: BucketConnection,
  validitySeconds: number,
) {
  const credentials = await bucket.credentials.ensure(validitySeconds);
  const session = await (
    await presigner
  ).session(
    {
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.accessKeySecret,
      securityToken: credentials.securityToken,
    },
    { now: bucket.credentials.now(), region: bucket.endpoint.region },
  );
  return { credentials, session };
}

export async function signLink(
  presigner: Promise<Presigner>,
  bucket: BucketConnection,
  key: string,
  options: LinkOptions,
): Promise<SignedLink> {
  const template = linkTemplateFor(bucket.name, key, options, bucket.endpoint);
  const { credentials, session } = await signingSessionFor(presigner, bucket, options.validitySeconds);
  const signed = compilePresign(session, template)(key);
  const preview = compilePresign(
    session,
    linkTemplateFor(
      bucket.name,
      key,
      { ...options, disposition: 'inline', filename: undefined },
      bucket.endpoint,
    ),
  )(key);
  return {
    url: signed.url,
    previewUrl: preview.url,
    plainUrl: plainObjectUrl(template.origin.origin, key),
    urlExpiresAt: signed.expiresAt,
    effective: getEffectiveExpiry(signed.expiresAt, credentials.expiresAt),
    credentialsExpireAt: credentials.expiresAt,
    grantedSeconds: credentials.grantedSeconds,
    requestedSeconds: credentials.requestedSeconds,
    hostKind: template.origin.hostKind,
  };
}

export function useSignedLink(
  presigner: Promise<Presigner>,
  bucket: BucketConnection,
  key: string,
  options: LinkOptions | undefined,
) {
  return useQuery({
    queryKey: ['signed-link', bucket.name, bucket.endpoint, key, options],
    queryFn: () => signLink(presigner, bucket, key, options!),
    enabled: options !== undefined,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    placeholderData: (previous) => previous,
  });
}
