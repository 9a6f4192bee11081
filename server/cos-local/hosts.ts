// Which bucket a Host header names. COS is virtual-hosted: `<bucket>-<appid>.cos.<region>.myqcloud.com`,
// the global accelerate host `<bucket>-<appid>.cos.accelerate.myqcloud.com`, or a custom domain bound
// to a bucket. cos-local uses `.localhost` for `.myqcloud.com`; the port is ignored.
import { COS_BUCKET } from './options';

export type CosHostKind = 'default' | 'accelerate' | 'custom' | 'service';

export interface CosHostTarget {
  kind: CosHostKind;
  /** without port, lower-cased */
  hostname: string;
  bucket?: string;
}

export interface CosHostTable {
  endpoint: string;
  accelerateEndpoint: string;
  customDomains: ReadonlyMap<string, string>;
}

function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(0, end + 1);
  }
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

export function resolveCosHost(
  hostHeader: string | undefined,
  table: CosHostTable,
): CosHostTarget | undefined {
  if (hostHeader === undefined || hostHeader === '') return undefined;
  const hostname = hostnameOf(hostHeader);
  if (hostname === table.endpoint) return { kind: 'service', hostname };
  const custom = table.customDomains.get(hostname);
  if (custom !== undefined) return { kind: 'custom', hostname, bucket: custom };
  for (const [kind, suffix] of [
    ['default', `.${table.endpoint}`],
    ['accelerate', `.${table.accelerateEndpoint}`],
  ] as const) {
    if (!hostname.endsWith(suffix)) continue;
    const bucket = hostname.slice(0, -suffix.length);
    return COS_BUCKET.test(bucket) ? { kind, hostname, bucket } : undefined;
  }
  return undefined;
}
