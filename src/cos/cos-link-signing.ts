// Signing one COS link as the URL panel does, the sibling of src/oss/link-signing.ts with the same
// result: a temporary key that lasts as long as the link (asking the broker for that duration when the
// current one ends sooner), a session on the broker's clock, the COS core's signer, the effective expiry
// min(URL, key), and the inline preview link of the same object.
import { compileCosPresign } from '../core/cos/presign-cos-url';
import type { CosPresigner } from '../core/cos/cos-presigner';
import { getEffectiveExpiry } from '../core/expiry/effective-expiry';
import { plainObjectUrl, type LinkOptions } from '../core/link/link-options';
import { cosLinkTemplateFor } from '../core/provider/cos-link-provider';
import type { LinkBucket, SignedLink } from '../oss/link-signing';

export async function signCosLink(
  presigner: Promise<CosPresigner>,
  bucket: LinkBucket,
  key: string,
  options: LinkOptions,
): Promise<SignedLink> {
  const template = cosLinkTemplateFor(bucket.name, key, options, bucket.endpoint);
  const credentials = await bucket.credentials.ensure(options.validitySeconds);
  // the manager carries a COS key in OSS's field names (cosCredentialsSource)
  const session = await (
    await presigner
  ).session(
    {
      secretId: credentials.accessKeyId,
      secretKey: credentials.accessKeySecret,
      securityToken: credentials.securityToken,
    },
    { now: bucket.credentials.now() },
  );
  const signed = (await compileCosPresign(session, template))(key);
  const inline = { ...options, disposition: 'inline' as const, filename: undefined };
  const preview = (
    await compileCosPresign(session, cosLinkTemplateFor(bucket.name, key, inline, bucket.endpoint))
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
