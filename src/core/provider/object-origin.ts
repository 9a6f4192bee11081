// Where a bucket's object URLs point, by the bucket's cloud: OSS's host rules or COS's. Both take the
// same arguments and give the same ObjectOrigin.
import { resolveCosObjectOrigin } from '../cos/resolve-cos-origin';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import type { ProviderKind } from './link-provider';

export function objectOriginResolver(provider: ProviderKind): typeof resolveObjectOrigin {
  return provider === 'cos' ? resolveCosObjectOrigin : resolveObjectOrigin;
}
