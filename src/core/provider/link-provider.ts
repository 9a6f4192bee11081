// The provider seam: what the console's link features (the CLI today; URL panel, export and upload links
// with COS part 2) call to sign links, whatever cloud holds the bucket. A provider is a property of a
// bucket. What both clouds share — the link options, disposition and file names, validity bounds,
// effective expiry, CSV and URL-list formatting — lives once in core; each provider only turns the shared
// options into its own template and signs (src/core/presign for OSS, src/core/cos for COS).
import type { EndpointSettings } from '../endpoint/resolve-object-origin';
import type { LinkOptions } from '../link/link-options';

export type ProviderKind = 'oss' | 'cos';

/** Temporary (or long-term) credentials, named the same for both clouds. */
export interface ProviderCredentials {
  /** OSS AccessKeyId / COS SecretId (TmpSecretId) */
  id: string;
  /** OSS AccessKeySecret / COS SecretKey (TmpSecretKey) */
  secret: string;
  /** OSS SecurityToken / COS Token (x-cos-security-token) */
  token?: string | undefined;
}

export interface LinkRequest {
  bucket: string;
  endpoint: EndpointSettings;
  options: LinkOptions;
  /** the signing time, ms since the epoch (the broker's clock) */
  now: number;
}

export interface SignedProviderLink {
  url: string;
  /** when the URL stops working by its own terms, ms (not counting the credentials) */
  expiresAt: number;
}

/** Signs any number of keys with one request's options: key-independent work is done once. */
export type ProviderKeySigner = (key: string) => SignedProviderLink;

export interface LinkProvider {
  readonly kind: ProviderKind;
  /** Checks the options (CoreInputError naming what this cloud cannot do) and compiles the links. */
  compileLinks(credentials: ProviderCredentials, request: LinkRequest): Promise<ProviderKeySigner>;
}
