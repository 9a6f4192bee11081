// COS bucket and region names, per "Bucket Overview" (naming rules) and "Regions and Access Endpoints".
// A COS bucket is `<BucketName>-<APPID>`: the APPID is part of the name in every API, SDK and host.
import { isParsableLabel } from '../endpoint/validate-names';
import { CoreInputError } from '../errors/core-input-error';
import {
  COS_DEFAULT_HOST_PREFIX,
  COS_DOMAIN,
  COS_LEGACY_REGIONS,
  COS_MAX_DEFAULT_HOST_LENGTH,
} from './constants';

const NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const APPID = /^[0-9]+$/;
// `ap-guangzhou`, `na-siliconvalley`, `ap-shanghai-fsi`, `ap-beijing-1`; a local server's `ap-local` too.
const REGION = /^[a-z]{2,}(?:-[a-z0-9]+)+$/;

/** `<bucket>.cos.<region>.myqcloud.com` */
/** A region's COS endpoint, `cos.<region>.myqcloud.com`: a bucket's default host is `<bucket>.` before it. */
export function cosRegionEndpoint(region: string): string {
  return `${COS_DEFAULT_HOST_PREFIX}${region}.${COS_DOMAIN}`;
}

export function cosDefaultHost(bucket: string, region: string): string {
  return `${bucket}.${cosRegionEndpoint(region)}`;
}

/**
 * Throws a CoreInputError naming what is wrong with `bucket`. With `region`, also checks COS's length
 * rule: the bucket's default host has at most 60 characters, so a longer name cannot exist there.
 */
export function validateCosBucketName(bucket: string, region?: string): void {
  const dash = bucket.lastIndexOf('-');
  const name = bucket.slice(0, Math.max(0, dash));
  const appid = bucket.slice(dash + 1);
  if (dash < 0 || !APPID.test(appid)) throw new CoreInputError({ code: 'COS_BUCKET_NO_APPID', bucket });
  if (name.toLowerCase() !== name) throw new CoreInputError({ code: 'COS_BUCKET_UPPERCASE', bucket });
  if (!NAME.test(name)) throw new CoreInputError({ code: 'COS_BUCKET_CHARACTERS', bucket });
  // the bucket is the host's first label: an `xn--` name must decode (see isParsableLabel)
  if (!isParsableLabel(bucket)) throw new CoreInputError({ code: 'BUCKET_PUNYCODE', bucket, cloud: 'COS' });
  if (region !== undefined) {
    const host = cosDefaultHost(bucket, region);
    if (host.length > COS_MAX_DEFAULT_HOST_LENGTH)
      throw new CoreInputError({
        code: 'COS_BUCKET_TOO_LONG',
        bucket,
        region,
        host,
        length: host.length,
        max: COS_MAX_DEFAULT_HOST_LENGTH,
      });
  }
}

/** The region ID as COS hosts use it (`ap-guangzhou`), or a CoreInputError naming the fix. */
export function validateCosRegion(region: string): string {
  const id = region.trim();
  if (id === 'accelerate') throw new CoreInputError({ code: 'COS_REGION_ACCELERATE', region });
  if (COS_LEGACY_REGIONS.has(id)) throw new CoreInputError({ code: 'COS_REGION_RETIRED', region });
  if (!REGION.test(id)) throw new CoreInputError({ code: 'COS_REGION_INVALID', region });
  return id;
}
