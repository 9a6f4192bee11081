// Signing one COS link as the URL panel does, the sibling of src/oss/link-signing.ts with the same
// result: a temporary key that lasts as long as the link (asking the broker for that duration when the
// current one ends sooner), a session on the broker's clock, the COS core's signer, the effective expiry
// min(URL, key), and the inline preview link of the same object.
import { compileCosPresign } from '../core/cos/presign-cos-url';
import type { CosPresigner } from '../core/cos/cos-presigner';
import type { LinkOptions } from '../core/link/link-options';
import { cosLinkTemplateFor, cosUploadTemplateFor } from '../core/provider/cos-link-provider';
import type { UploadLinkOptions } from '../core/upload/upload-link';
import {
  downloadLinkResult,
  uploadLinkResult,
  type LinkBucket,
  type SignedLink,
  type SignedUploadLink,
} from '../oss/link-signing';

/** A COS key that lasts `validitySeconds`, and a signing session on the broker's clock. */
async function cosSession(presigner: Promise<CosPresigner>, bucket: LinkBucket, validitySeconds: number) {
  const credentials = await bucket.credentials.ensure(validitySeconds);
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
  return { credentials, session };
}

export async function signCosLink(
  presigner: Promise<CosPresigner>,
  bucket: LinkBucket,
  key: string,
  options: LinkOptions,
): Promise<SignedLink> {
  const template = cosLinkTemplateFor(bucket.name, key, options, bucket.endpoint);
  const { credentials, session } = await cosSession(presigner, bucket, options.validitySeconds);
  const signed = (await compileCosPresign(session, template))(key);
  const inline = { ...options, disposition: 'inline' as const, filename: undefined };
  const preview = (
    await compileCosPresign(session, cosLinkTemplateFor(bucket.name, key, inline, bucket.endpoint))
  )(key);
  return downloadLinkResult(key, template.origin, signed, preview.url, credentials);
}

/** An upload link (presigned PUT, Content-Type bound) for a COS bucket: the same result as signUploadLink. */
export async function signCosUploadLink(
  presigner: Promise<CosPresigner>,
  bucket: LinkBucket,
  key: string,
  options: UploadLinkOptions,
): Promise<SignedUploadLink> {
  const template = cosUploadTemplateFor(bucket.name, key, options, bucket.endpoint);
  const { credentials, session } = await cosSession(presigner, bucket, options.validitySeconds);
  return uploadLinkResult(key, template, (await compileCosPresign(session, template))(key), credentials);
}
