// What the console knows about one bucket: where its hosts are, its custom domains, and the
// credentials that reach it. Derived from the broker's /config, with the operator's overrides on top.
import { endpointSettingsFrom } from '../../core/endpoint/endpoint-settings-from';
import type { EndpointSettings } from '../../core/endpoint/resolve-object-origin';
import type { ProviderKind } from '../../core/provider/link-provider';
import type { ConsoleBucket, ConsoleConfig } from '../../sts/console-config';
import type { CredentialsManager } from '../../sts/credentials-manager';
import type { ConnectionSettings } from '../../state/settings-store';

export interface BucketConnection {
  /** which broker, authentication and bucket: what caches of this bucket's signed links key on */
  id: string;
  name: string;
  /** the cloud that holds the bucket (the broker's word): Alibaba Cloud OSS or Tencent COS */
  provider: ProviderKind;
  /** HTTPS by default (the broker's word for the bucket's cloud) */
  secure: boolean;
  /** the broker's entry for this bucket, when it names it */
  entry: ConsoleBucket | undefined;
  endpoint: EndpointSettings;
  customDomains: string[];
  /** the broker's custom domains for this bucket (the owner's word: known to be mapped) */
  brokerDomains: string[];
  /** transfer acceleration turned on in Settings: the accelerate endpoint is offered */
  accelerate: boolean;
  upload: boolean;
  credentials: CredentialsManager;
}

export function bucketEndpoint(
  config: ConsoleConfig,
  overrides: ConnectionSettings,
  bucket: string,
): Omit<BucketConnection, 'credentials' | 'id'> {
  const entry = config.buckets.find((b) => b.name === bucket);
  if (entry?.provider === 'cos') return cosBucketEndpoint(entry, overrides);
  const region = overrides.region || entry?.region || config.region;
  const endpoint = endpointSettingsFrom({
    region,
    endpoint: overrides.endpoint || config.endpoint,
    httpsEndpoint: overrides.httpsEndpoint || config.httpsEndpoint,
    accelerateEndpoint: overrides.accelerateEndpoint || config.accelerateEndpoint,
  });
  const customDomains = [...new Set([...(entry?.customDomains ?? []), ...overrides.customDomains])];
  return {
    name: bucket,
    provider: 'oss',
    secure: config.secure,
    entry,
    endpoint,
    customDomains,
    brokerDomains: entry?.customDomains ?? [],
    // offered only when the operator says the bucket has it on (Settings): it costs extra per GB
    accelerate: overrides.accelerate,
    upload: entry?.upload ?? false,
  };
}

/**
 * A COS bucket as the broker describes it: its region, default domain (and a separate HTTPS listener's),
 * global acceleration when the bucket has it on, and custom domains. The operator's Settings overrides of
 * region, endpoints and acceleration describe the OSS endpoint and do not apply; the domains typed in
 * Settings do when Settings names this bucket (GET Bucket domain then tells whether they are bound).
 */
function cosBucketEndpoint(
  entry: ConsoleBucket,
  overrides: ConnectionSettings,
): Omit<BucketConnection, 'credentials' | 'id'> {
  const typed = overrides.bucket === entry.name ? overrides.customDomains : [];
  const endpoint = endpointSettingsFrom({
    region: entry.region,
    endpoint: entry.endpoint,
    httpsEndpoint: entry.httpsEndpoint,
    accelerateEndpoint: entry.accelerateEndpoint,
  });
  return {
    name: entry.name,
    provider: 'cos',
    secure: entry.secure ?? true,
    entry,
    endpoint,
    customDomains: [...new Set([...entry.customDomains, ...typed])],
    brokerDomains: entry.customDomains,
    // the broker's word: global acceleration is on for this bucket (it costs extra per GB)
    accelerate: entry.accelerateEndpoint !== undefined,
    upload: entry.upload,
  };
}
