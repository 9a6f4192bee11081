// What the COS upload client needs to reach a bucket: read by cos-upload-client.ts and by the SDK side it
// loads on first use (cos-sdk-upload-client.ts), so neither imports the other back.
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import type { CredentialsManager } from '../sts/credentials-manager';

export interface CosUploadConnection {
  bucket: string;
  /** region, endpoint overrides and ports */
  endpoint: EndpointSettings;
  secure: boolean;
  /** a COS temporary key in OSS field names (cosCredentialsSource) */
  credentials: CredentialsManager;
  /** per request, default 60 s */
  timeoutMs?: number;
  /** Node tests: a fetch that reaches *.localhost and sends bodies */
  fetch?: typeof fetch;
}
