// Where a COS object's URL points: the bucket's default host, global acceleration, a custom (CDN or origin)
// domain, or an endpoint override (private deployments, the local server on `*.localhost:PORT`).
// Host parsing, per-scheme ports and the origin's shape are OSS's (src/core/endpoint): the rules agree;
// only the host names differ.
import type { DomainChoice, EndpointSettings, ObjectOrigin } from '../endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import { parseHostInput } from '../endpoint/validate-names';
import { COS_ACCELERATE_ENDPOINT } from './constants';
import { cosRegionEndpoint, validateCosBucketName, validateCosRegion } from './validate-cos-names';

/**
 * `settings.endpoint` overrides `cos.<region>.myqcloud.com` and `settings.accelerateEndpoint` overrides
 * `cos.accelerate.myqcloud.com` (host names, optionally with a port); the bucket is prefixed to either.
 * A custom domain is used as typed: it maps to one bucket already. Pure; throws CoreInputError.
 */
export function resolveCosObjectOrigin(
  bucket: string,
  settings: EndpointSettings,
  domain: DomainChoice,
  secure: boolean,
): ObjectOrigin {
  const region = validateCosRegion(settings.region);
  validateCosBucketName(bucket, region);
  let host: string;
  if (domain.kind === 'custom') {
    host = domain.host;
  } else {
    const override = domain.kind === 'accelerate' ? settings.accelerateEndpoint : settings.endpoint;
    const base = override
      ? parseHostInput(override, 'endpoint')
      : {
          hostname: domain.kind === 'accelerate' ? COS_ACCELERATE_ENDPOINT : cosRegionEndpoint(region),
        };
    host = `${bucket}.${base.hostname}${base.port === undefined ? '' : `:${base.port}`}`;
  }
  // The COS host is handed over as a "custom" host: same parsing, port rules and origin as OSS.
  const origin = resolveObjectOrigin(bucket, settings, { kind: 'custom', host }, secure);
  return { ...origin, hostKind: domain.kind };
}
