// What a presigned COS URL is made of and what signing returns (types only).
import type { ObjectOrigin } from '../endpoint/resolve-object-origin';
import type { PerKeyParams, PresignMethod } from '../presign/presign-types';
import type { CosSignedParams } from './cos-signed-params';

export type { PerKeyParams, PresignMethod };

/** Everything about a presigned COS URL but the key. */
export interface CosPresignTemplate {
  method?: PresignMethod | undefined;
  /** from resolveCosObjectOrigin; its host is signed (`host` in q-header-list), binding the URL to it */
  origin: ObjectOrigin;
  expiresInSeconds: number;
  params?: CosSignedParams | undefined;
  /** PUT: the Content-Type the uploader must send (signed) */
  contentType?: string | undefined;
  /** PUT: the Content-MD5 (base64) the uploader must send (signed) */
  contentMd5?: string | undefined;
  /** `x-cos-*` headers the client will send, signed (e.g. x-cos-storage-class on an upload) */
  headers?: Readonly<Record<string, string>> | undefined;
}

export interface CosPresignInput extends CosPresignTemplate {
  key: string;
}

export interface CosPresignedUrl {
  url: string;
  method: PresignMethod;
  /** the end of the KeyTime, ms since the epoch (not counting the credentials' own expiry) */
  expiresAt: number;
}

/** Signs one key with a compiled template. Throws CoreInputError for a key COS cannot hold. */
export type CosKeySigner = (key: string) => CosPresignedUrl;
