// Which bucket a Host header names. OSS is virtual-hosted: `<bucket>.<endpoint>`, `<bucket>.<accelerate
// endpoint>` or a custom domain bound to one bucket. The port is ignored, as OSS behind any port would.

export type HostKind = 'default' | 'accelerate' | 'cname' | 'service';

export interface HostTarget {
  kind: HostKind;
  /** host name without port, lower-cased; OSS echoes it as HostId */
  hostname: string;
  /** absent for the service endpoint itself */
  bucket?: string;
}

export interface HostTable {
  endpoint: string;
  accelerateEndpoint: string;
  /** custom domain -> bucket */
  cnames: ReadonlyMap<string, string>;
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(0, end + 1);
  }
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

export function resolveHost(hostHeader: string | undefined, table: HostTable): HostTarget | undefined {
  if (hostHeader === undefined || hostHeader === '') return undefined;
  const hostname = hostnameOf(hostHeader);
  if (hostname === table.endpoint || LOOPBACK_NAMES.has(hostname)) return { kind: 'service', hostname };
  const cname = table.cnames.get(hostname);
  if (cname !== undefined) return { kind: 'cname', hostname, bucket: cname };
  for (const [kind, suffix] of [
    ['default', `.${table.endpoint}`],
    ['accelerate', `.${table.accelerateEndpoint}`],
  ] as const) {
    if (!hostname.endsWith(suffix)) continue;
    const bucket = hostname.slice(0, -suffix.length);
    return BUCKET_NAME.test(bucket) ? { kind, hostname, bucket } : undefined;
  }
  return undefined;
}
