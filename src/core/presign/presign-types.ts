// What a presigned URL is made of and what signing returns (types only).
import type { ObjectOrigin } from '../endpoint/resolve-object-origin';
import type { QueryEntry } from './canonical-v1';
import type { SignedParams } from './signed-params';

export type PresignMethod = 'GET' | 'HEAD' | 'PUT';
export type SignatureVersion = 'v1' | 'v4';

/** Everything about a presigned URL but the key. */
export interface PresignTemplate {
  method?: PresignMethod | undefined;
  version: SignatureVersion;
  bucket: string;
  origin: ObjectOrigin;
  expiresInSeconds: number;
  params?: SignedParams | undefined;
  /** other signed query parameters, after `params` in the URL (sub-resources the UI does not model) */
  query?: readonly QueryEntry[] | undefined;
  /** PUT: the Content-Type the uploader must send (signed) */
  contentType?: string | undefined;
  /** PUT: the Content-MD5 the uploader must send (signed) */
  contentMd5?: string | undefined;
  /** other headers the client will send: V1 signs their x-oss-* ones; V4 those and `additionalHeaders` */
  headers?: Readonly<Record<string, string>> | undefined;
  additionalHeaders?: readonly string[] | undefined;
}

export interface PresignInput extends PresignTemplate {
  key: string;
}

export interface PresignedUrl {
  url: string;
  method: PresignMethod;
  version: SignatureVersion;
  /** when the URL stops working by its own terms, ms since the epoch (not counting the credentials) */
  expiresAt: number;
}

/** Signs one key with a compiled template. Throws CoreInputError for a key OSS cannot hold. */
export type KeySigner = (key: string) => PresignedUrl;

/**
 * A signed parameter whose value depends on the key (an attachment named after each object). The template
 * is compiled once with a placeholder; per key only the value is spliced into the precomputed strings.
 * The parameter's place in the sorted canonical query depends on its name alone, so the result is
 * byte-identical to compiling the template again for every key.
 */
export interface PerKeyParams {
  responseContentDisposition(key: string): string;
}
