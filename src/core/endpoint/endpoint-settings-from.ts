import type { EndpointSettings } from './resolve-object-origin';
import { parseHostInput } from './validate-names';

export interface EndpointDescription {
  region: string;
  /** host[:port] of the default endpoint (its port, if any, is the HTTP port) */
  endpoint?: string | undefined;
  /** host:port of a separate HTTPS listener (local server) */
  httpsEndpoint?: string | undefined;
  /** host[:port] of the accelerate endpoint */
  accelerateEndpoint?: string | undefined;
}

/**
 * EndpointSettings from `host[:port]` strings as a broker's /config gives them: ports move to the
 * per-scheme fields so the HTTPS switch picks the right one. Throws CoreInputError on a bad host.
 */
export function endpointSettingsFrom(d: EndpointDescription): EndpointSettings {
  const main = d.endpoint ? parseHostInput(d.endpoint, 'endpoint') : undefined;
  const https = d.httpsEndpoint ? parseHostInput(d.httpsEndpoint, 'endpoint') : undefined;
  const accelerate = d.accelerateEndpoint ? parseHostInput(d.accelerateEndpoint, 'endpoint') : undefined;
  return {
    region: d.region,
    endpoint: main?.hostname,
    accelerateEndpoint: accelerate?.hostname,
    httpPort: main?.port,
    httpsPort: https?.port,
  };
}
