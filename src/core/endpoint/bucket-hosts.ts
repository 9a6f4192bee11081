// Which bucket a URL's host names. A pasted signed URL carries its bucket only in the host: the
// virtual-hosted default and accelerate hosts (`<bucket>.oss-cn-hangzhou.aliyuncs.com`), a custom domain
// mapped to the bucket, or — rarely, and deprecated by OSS — the path (`oss-…aliyuncs.com/<bucket>/key`).
import { COS_ACCELERATE_ENDPOINT } from '../cos/constants';
import { cosRegionEndpoint } from '../cos/validate-cos-names';
import type { ProviderKind } from '../provider/link-provider';
import { ACCELERATE_ENDPOINT, defaultEndpoint, type EndpointSettings } from './resolve-object-origin';
import { parseHostInput } from './validate-names';

export interface BucketHosts {
  bucket: string;
  /** host names (lower case, no port) under which `<bucket>.<endpoint>` is a virtual-hosted bucket */
  endpoints: readonly string[];
  /** the bucket's custom domains (lower case, no port) */
  customDomains: readonly string[];
  /** the cloud's public endpoints of any region (a bucket's name is unique across them) */
  anyRegion: RegExp;
}

export type HostOwner =
  | { kind: 'this' }
  /** path-style: the bucket is the first path segment */
  | { kind: 'path-style' }
  | { kind: 'other'; bucket: string }
  /** a host that serves no bucket we can name: neither an OSS host nor one of this bucket's domains */
  | { kind: 'unknown' };

/** Any region's endpoint (OSS public, internal or accelerate; COS `cos.<region>.myqcloud.com`). */
const ANY_REGION: Readonly<Record<ProviderKind, RegExp>> = {
  oss: /^oss-[a-z0-9-]+\.aliyuncs\.com$/,
  cos: /^cos\.[a-z0-9-]+\.myqcloud\.com$/,
};

function hostnameOf(host: string, what: 'domain' | 'endpoint'): string | undefined {
  try {
    return parseHostInput(host, what).hostname;
  } catch {
    return undefined; // a bad custom domain in Settings names no host: it cannot match one
  }
}

/** The hosts of `bucket` for these endpoint settings and custom domains (as Settings and ListCname give them). */
export function bucketHostsFor(
  bucket: string,
  settings: EndpointSettings,
  customDomains: readonly string[],
  cloud: ProviderKind = 'oss',
): BucketHosts {
  const cos = cloud === 'cos';
  const endpoints = [
    settings.endpoint === undefined
      ? cos
        ? cosRegionEndpoint(settings.region)
        : defaultEndpoint(settings.region)
      : hostnameOf(settings.endpoint, 'endpoint'),
    settings.accelerateEndpoint === undefined
      ? cos
        ? COS_ACCELERATE_ENDPOINT
        : ACCELERATE_ENDPOINT
      : hostnameOf(settings.accelerateEndpoint, 'endpoint'),
  ].filter((h): h is string => h !== undefined);
  return {
    bucket,
    endpoints,
    anyRegion: ANY_REGION[cloud],
    customDomains: customDomains
      .map((d) => hostnameOf(d, 'domain'))
      .filter((h): h is string => h !== undefined),
  };
}

/** Who `hostname` (no port, any case) belongs to. */
export function ownerOfHost(hostname: string, hosts: BucketHosts): HostOwner {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (hosts.customDomains.includes(h)) return { kind: 'this' };
  const endpoints = hosts.endpoints.includes(h) || hosts.anyRegion.test(h);
  if (endpoints) return { kind: 'path-style' };
  const dot = h.indexOf('.');
  if (dot > 0) {
    const rest = h.slice(dot + 1);
    if (hosts.endpoints.includes(rest) || hosts.anyRegion.test(rest)) {
      const bucket = h.slice(0, dot);
      return bucket === hosts.bucket ? { kind: 'this' } : { kind: 'other', bucket };
    }
  }
  return { kind: 'unknown' };
}
