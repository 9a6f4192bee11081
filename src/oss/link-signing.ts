// Signing one link as the console's panels do: credentials that last as long as the link (asking the broker
// for that duration when the current ones end sooner), a session on the broker's clock, the core's signer.
// The effective expiry is min(URL, credentials).
import type { EndpointSettings, HostKind, ObjectOrigin } from '../core/endpoint/resolve-object-origin';
import type { EffectiveExpiry } from '../core/expiry/effective-expiry';
import { getEffectiveExpiry } from '../core/expiry/effective-expiry';
import type { LinkOptions } from '../core/link/link-options';
import { linkTemplateFor, plainObjectUrl } from '../core/link/link-options';
import type { Presigner } from '../core/presign';
import { compilePresign } from '../core/presign';
import { uploadTemplateFor, type UploadLinkOptions } from '../core/upload/upload-link';
import type { StsCredentials } from '../sts/sts-credentials';

/** What signing a link needs of a bucket connection. */
export interface LinkBucket {
  name: string;
  endpoint: EndpointSettings;
  credentials: {
    ensure(minValiditySeconds: number): Promise<StsCredentials>;
    /** the broker's clock */
    now(): number;
  };
}

export async function signingSessionFor(
  presigner: Promise<Presigner>,
  bucket: LinkBucket,
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
  /** a V4 link: the length of the same link signed with V1 (shorter: for a QR code that scans easily) */
  v1Length?: number | undefined;
}

export async function signLink(
  presigner: Promise<Presigner>,
  bucket: LinkBucket,
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
  const v1Length =
    options.version === 'v4'
      ? compilePresign(
          session,
          linkTemplateFor(bucket.name, key, { ...options, version: 'v1' }, bucket.endpoint),
        )(key).url.length
      : undefined;
  return { ...downloadLinkResult(key, template.origin, signed, preview.url, credentials), v1Length };
}

/**
 * A signed download link as the panels show it, whatever cloud signed it: the plain URL of the same
 * object, the effective expiry min(URL, credentials) and what the broker granted.
 */
export function downloadLinkResult(
  key: string,
  origin: ObjectOrigin,
  signed: { url: string; expiresAt: number },
  previewUrl: string,
  credentials: StsCredentials,
): SignedLink {
  return {
    url: signed.url,
    previewUrl,
    plainUrl: plainObjectUrl(origin.origin, key),
    urlExpiresAt: signed.expiresAt,
    effective: getEffectiveExpiry(signed.expiresAt, credentials.expiresAt),
    credentialsExpireAt: credentials.expiresAt,
    grantedSeconds: credentials.grantedSeconds,
    requestedSeconds: credentials.requestedSeconds,
    hostKind: origin.hostKind,
  };
}

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
  bucket: LinkBucket,
  key: string,
  options: UploadLinkOptions,
): Promise<SignedUploadLink> {
  const template = uploadTemplateFor(bucket.name, key, options, bucket.endpoint);
  const { credentials, session } = await signingSessionFor(presigner, bucket, options.validitySeconds);
  return uploadLinkResult(key, template, compilePresign(session, template)(key), credentials);
}

/** A signed upload link as the drawer shows it, whatever cloud signed it (the template binds the type). */
export function uploadLinkResult(
  key: string,
  template: { contentType?: string | undefined; contentMd5?: string | undefined },
  signed: { url: string; expiresAt: number },
  credentials: StsCredentials,
): SignedUploadLink {
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
