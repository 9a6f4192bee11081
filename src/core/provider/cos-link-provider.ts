// COS behind the provider seam: the console's link options as a COS presign template. The options mean
// the same on both clouds where both have them (validity, HTTPS, default / custom / accelerate host,
// disposition and file name, response-content-type, cache-control, language, version, traffic limit, image
// processing in each cloud's syntax); what only OSS has (the x-oss-ac-* source bindings, a V1/V4 choice) is
// refused, not dropped.
import { CoreInputError } from '../errors/core-input-error';
import { validateValidity } from '../expiry/validity';
import { dispositionFor, perKeyParamsFor, type LinkOptions } from '../link/link-options';
import type { CosPresigner } from '../cos/cos-presigner';
import type { CosPresignTemplate } from '../cos/cos-presign-types';
import { compileCosPresign } from '../cos/presign-cos-url';
import { resolveCosObjectOrigin } from '../cos/resolve-cos-origin';
import type { EndpointSettings } from '../endpoint/resolve-object-origin';
import type { LinkProvider } from './link-provider';
import { validateCosObjectKey } from '../cos/validate-cos-object-key';
import { validateCosProcess } from '../cos/cos-signed-params';
import { normalizeContentMd5, normalizeContentType, type UploadLinkOptions } from '../upload/upload-link';

const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

function refuseOssOnly(options: LinkOptions): void {
  const ossOnly: Array<[string, unknown]> = [
    ['a source IP binding (x-oss-ac-source-ip)', blank(options.sourceIp)],
    ['a subnet mask (x-oss-ac-subnet-mask)', options.subnetMask],
    ['a VPC binding (x-oss-ac-vpc-id)', blank(options.vpcId)],
    ['forwarded requests (x-oss-ac-forward-allow)', options.forwardAllow],
  ];
  const used = ossOnly.find(([, v]) => v !== undefined);
  if (used) {
    throw new CoreInputError({ code: 'OPTION_NOT_ON_COS', option: used[0]! });
  }
}

/** The link options as one key's COS template (the file name is the key's when none is given). */
export function cosLinkTemplateFor(
  bucket: string,
  key: string,
  options: LinkOptions,
  endpoint: EndpointSettings,
): CosPresignTemplate {
  validateValidity(options.validitySeconds);
  refuseOssOnly(options);
  const process = blank(options.process);
  if (process !== undefined) validateCosProcess(process);
  return {
    method: 'GET',
    origin: resolveCosObjectOrigin(bucket, endpoint, options.domain, options.secure),
    expiresInSeconds: options.validitySeconds,
    params: {
      versionId: blank(options.versionId),
      trafficLimit: options.trafficLimit,
      responseContentType: blank(options.responseContentType),
      responseContentLanguage: blank(options.responseContentLanguage),
      responseCacheControl: blank(options.responseCacheControl),
      responseContentDisposition: dispositionFor(key, options),
      // COS image processing (imageMogr2/…), checked by the signer: an OSS `image/resize,…` is refused
      process,
    },
  };
}

/**
 * An upload link's options as a COS PUT template: the Content-Type (and Content-MD5) the uploader must send
 * signed (q-header-list), on the bucket's default host. Throws CoreInputError naming the fix.
 */
export function cosUploadTemplateFor(
  bucket: string,
  key: string,
  options: UploadLinkOptions,
  endpoint: EndpointSettings,
): CosPresignTemplate {
  validateCosObjectKey(key);
  validateValidity(options.validitySeconds);
  const contentMd5 = normalizeContentMd5(options.contentMd5);
  return {
    method: 'PUT',
    origin: resolveCosObjectOrigin(bucket, endpoint, { kind: options.host }, options.secure),
    expiresInSeconds: options.validitySeconds,
    contentType: normalizeContentType(options.contentType),
    ...(contentMd5 === undefined ? {} : { contentMd5 }),
  };
}

export function cosLinkProvider(presigner: CosPresigner): LinkProvider {
  return {
    kind: 'cos',
    async compileLinks(c, r) {
      const template = cosLinkTemplateFor(r.bucket, 'k', r.options, r.endpoint);
      const session = await presigner.session(
        { secretId: c.id, secretKey: c.secret, securityToken: c.token },
        { now: r.now },
      );
      const sign = await compileCosPresign(session, template, perKeyParamsFor(r.options));
      return (key) => {
        const { url, expiresAt } = sign(key);
        return { url, expiresAt };
      };
    },
  };
}
