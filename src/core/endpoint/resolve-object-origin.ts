import { CoreInputError } from '../errors/core-input-error';
import { parseHostInput, toStandardRegion, validateBucketName } from './validate-names';

/** Which host a URL goes to: the bucket's default endpoint, a custom domain (CNAME), or transfer acceleration. */
export type DomainChoice = { kind: 'default' } | { kind: 'custom'; host: string } | { kind: 'accelerate' };
export type HostKind = DomainChoice['kind'];

export interface EndpointSettings {
  /** e.g. cn-hangzhou */
  region: string;
  /** Overrides `oss-<region>.aliyuncs.com` (private clouds, the local server). Host name only. */
  endpoint?: string | undefined;
  /** Overrides `oss-accelerate.aliyuncs.com`. */
  accelerateEndpoint?: string | undefined;
  /** Non-default ports, for servers that listen on other ports than 80/443 (the local server). */
  httpPort?: number | undefined;
  httpsPort?: number | undefined;
}

export interface ObjectOrigin {
  /** `https://examplebucket.oss-cn-hangzhou.aliyuncs.com` — scheme, host and port, no trailing slash */
  origin: string;
  /** host[:port] as sent in the Host header */
  host: string;
  hostKind: HostKind;
  secure: boolean;
}

export const ACCELERATE_ENDPOINT = 'oss-accelerate.aliyuncs.com';

export function defaultEndpoint(region: string): string {
  return `oss-${toStandardRegion(region)}.aliyuncs.com`;
}

function checkPort(port: number | undefined, name: string): void {
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    throw new CoreInputError({ code: 'PORT_INVALID', which: name, port: String(port) });
  }
}

/** Resolves where an object's URL points. Pure: the same settings give the same origin. */
export function resolveObjectOrigin(
  bucket: string,
  settings: EndpointSettings,
  domain: DomainChoice,
  secure: boolean,
): ObjectOrigin {
  validateBucketName(bucket);
  checkPort(settings.httpPort, 'HTTP');
  checkPort(settings.httpsPort, 'HTTPS');
  let hostname: string;
  let typedPort: number | undefined;
  if (domain.kind === 'custom') {
    ({ hostname, port: typedPort } = parseHostInput(domain.host, 'domain'));
  } else {
    const override = domain.kind === 'accelerate' ? settings.accelerateEndpoint : settings.endpoint;
    const base = override
      ? parseHostInput(override, 'endpoint')
      : { hostname: domain.kind === 'accelerate' ? ACCELERATE_ENDPOINT : defaultEndpoint(settings.region) };
    hostname = `${bucket}.${base.hostname}`;
    typedPort = base.port;
  }
  // A port typed into the host wins; otherwise the per-scheme port of the settings applies.
  const port = typedPort ?? (secure ? settings.httpsPort : settings.httpPort);
  const isDefaultPort = port === undefined || port === (secure ? 443 : 80);
  const host = isDefaultPort ? hostname : `${hostname}:${port}`;
  return { origin: `${secure ? 'https' : 'http'}://${host}`, host, hostKind: domain.kind, secure };
}
