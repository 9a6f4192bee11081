// ali-oss constructor options for one bucket, shared by the browsing client and the upload client.
// Credentials come from the CredentialsManager on every request (ali-oss's refreshSTSToken hook).
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { toStandardRegion } from '../core/endpoint/validate-names';
import { API_CALL_VALIDITY_SECONDS, type CredentialsManager } from '../sts/credentials-manager';
import { apiOrigin } from './oss-client';

export interface SdkConnection {
  bucket: string;
  /** region, endpoint overrides and ports (region is EndpointSettings.region) */
  endpoint: EndpointSettings;
  secure: boolean;
  credentials: CredentialsManager;
  /** default true; false signs with V1 */
  authorizationV4?: boolean;
  /** per request, default 60 s */
  timeoutMs?: number;
  /** Node only (tests, scripts): agents with a *.localhost lookup; browsers ignore them */
  agents?: { agent?: unknown; httpsAgent?: unknown };
}

// ali-oss insists on credentials at construction; every request replaces them through refreshSTSToken.
const PLACEHOLDER = 'awaiting-sts-credentials';

export function sdkOptionsFor(c: SdkConnection): Record<string, unknown> {
  return {
    region: `oss-${toStandardRegion(c.endpoint.region)}`,
    // The origin already names the bucket (virtual-hosted style), so ali-oss must not prefix it again.
    endpoint: apiOrigin(c),
    cname: true,
    bucket: c.bucket,
    secure: c.secure,
    authorizationV4: c.authorizationV4 ?? true,
    timeout: c.timeoutMs ?? 60_000,
    accessKeyId: PLACEHOLDER,
    accessKeySecret: PLACEHOLDER,
    stsToken: PLACEHOLDER,
    // 0: ask the manager before every request; it answers from memory unless a refresh is due.
    refreshSTSTokenInterval: 0,
    refreshSTSToken: async () => {
      const cr = await c.credentials.ensure(API_CALL_VALIDITY_SECONDS);
      return { accessKeyId: cr.accessKeyId, accessKeySecret: cr.accessKeySecret, stsToken: cr.securityToken };
    },
    ...(c.agents ?? {}),
  };
}
