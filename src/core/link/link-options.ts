// The options of a shared link (the Copy File URL panel and the export dialog share them) and their
// translation into a presign template. Pure: the UI holds no protocol logic.
import { buildContentDisposition, defaultFilename } from '../disposition/content-disposition';
import type { DispositionType } from '../disposition/content-disposition';
import type { DomainChoice, EndpointSettings } from '../endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import { validateValidity } from '../expiry/validity';
import type { PerKeyParams, PresignTemplate, SignatureVersion } from '../presign/presign-url';
import type { SignedParams } from '../presign/signed-params';
import { encodeKeyForPath } from '../presign/encode-uri';

export interface LinkOptions {
  validitySeconds: number;
  secure: boolean;
  domain: DomainChoice;
  disposition: DispositionType;
  /** attachment/inline file name; undefined = the key's last part (attachment) or none (inline) */
  filename?: string | undefined;
  version: SignatureVersion;
  responseContentType?: string | undefined;
  process?: string | undefined;
  trafficLimit?: number | undefined;
  responseCacheControl?: string | undefined;
  responseContentLanguage?: string | undefined;
  versionId?: string | undefined;
  sourceIp?: string | undefined;
  subnetMask?: number | undefined;
  vpcId?: string | undefined;
  forwardAllow?: boolean | undefined;
}

const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

export function dispositionFor(key: string, options: Pick<LinkOptions, 'disposition' | 'filename'>): string {
  const filename =
    blank(options.filename) ?? (options.disposition === 'attachment' ? defaultFilename(key) : undefined);
  return buildContentDisposition(options.disposition, filename);
}

export function signedParamsFor(key: string, options: LinkOptions): SignedParams {
  return {
    versionId: blank(options.versionId),
    sourceIp: blank(options.sourceIp),
    subnetMask: options.subnetMask,
    vpcId: blank(options.vpcId),
    forwardAllow: options.forwardAllow,
    process: blank(options.process),
    trafficLimit: options.trafficLimit,
    responseContentType: blank(options.responseContentType),
    responseContentLanguage: blank(options.responseContentLanguage),
    responseCacheControl: blank(options.responseCacheControl),
    responseContentDisposition: dispositionFor(key, options),
  };
}

/** Checks the options and builds what the signer needs for one key (GET). Throws CoreInputError. */
export function linkTemplateFor(
  bucket: string,
  key: string,
  options: LinkOptions,
  endpoint: EndpointSettings,
): PresignTemplate {
  validateValidity(options.validitySeconds);
  return {
    method: 'GET',
    version: options.version,
    bucket,
    origin: resolveObjectOrigin(bucket, endpoint, options.domain, options.secure),
    expiresInSeconds: options.validitySeconds,
    params: signedParamsFor(key, options),
  };
}

/** The object's URL without a signature (works only when the object or bucket is public-read). */
export function plainObjectUrl(origin: string, key: string): string {
  return `${origin}/${encodeKeyForPath(key)}`;
}

/** True when every object gets its own Content-Disposition: an attachment named after its key. */
export function hasPerKeyFilename(options: Pick<LinkOptions, 'disposition' | 'filename'>): boolean {
  return options.disposition === 'attachment' && blank(options.filename) === undefined;
}

/**
 * For bulk signing (compilePresign's third argument): each key's own disposition, or undefined when one
 * value fits all keys and the template already carries it.
 */
export function perKeyParamsFor(
  options: Pick<LinkOptions, 'disposition' | 'filename'>,
): PerKeyParams | undefined {
  if (!hasPerKeyFilename(options)) return undefined;
  const type = options.disposition;
  return { responseContentDisposition: (key) => dispositionFor(key, { disposition: type }) };
}
