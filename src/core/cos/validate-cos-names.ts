// COS bucket and region names, per "Bucket Overview" (naming rules) and "Regions and Access Endpoints".
// A COS bucket is `<BucketName>-<APPID>`: the APPID is part of the name in every API, SDK and host.
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

const BUCKET_FIX =
  'A COS bucket name is BucketName-APPID, e.g. examplebucket-1250000000: lowercase letters, digits and inner hyphens, then "-" and the APPID (digits) shown in the COS console.';

/** `<bucket>.cos.<region>.myqcloud.com` */
export function cosDefaultHost(bucket: string, region: string): string {
  return `${bucket}.${COS_DEFAULT_HOST_PREFIX}${region}.${COS_DOMAIN}`;
}

/**
 * Throws a CoreInputError naming what is wrong with `bucket`. With `region`, also checks COS's length
 * rule: the bucket's default host has at most 60 characters, so a longer name cannot exist there.
 */
export function validateCosBucketName(bucket: string, region?: string): void {
  const fail = (problem: string, fix = BUCKET_FIX): never => {
    throw new CoreInputError('BUCKET_INVALID', `"${bucket.slice(0, 80)}" ${problem}.`, fix);
  };
  const dash = bucket.lastIndexOf('-');
  const name = bucket.slice(0, Math.max(0, dash));
  const appid = bucket.slice(dash + 1);
  if (dash < 0 || !APPID.test(appid)) fail('is not a COS bucket name: it does not end with "-APPID"');
  if (name.toLowerCase() !== name) fail('has uppercase letters, which COS bucket names do not allow');
  if (!NAME.test(name))
    fail(
      'is not a valid COS bucket name (only lowercase letters, digits and hyphens, not starting or ending with "-")',
    );
  if (region !== undefined) {
    const host = cosDefaultHost(bucket, region);
    if (host.length > COS_MAX_DEFAULT_HOST_LENGTH)
      fail(
        `is too long for region ${region}: its host ${host} has ${host.length} characters, COS allows ${COS_MAX_DEFAULT_HOST_LENGTH}`,
        'Check the bucket name in the COS console; BucketName, APPID and region together make at most 60 characters of host.',
      );
  }
}

/** The region ID as COS hosts use it (`ap-guangzhou`), or a CoreInputError naming the fix. */
export function validateCosRegion(region: string): string {
  const id = region.trim();
  const fail = (problem: string, fix: string): never => {
    throw new CoreInputError('REGION_INVALID', `"${region.slice(0, 80)}" ${problem}.`, fix);
  };
  const example =
    'Use the region ID shown in the COS console for the bucket, e.g. ap-guangzhou or ap-beijing.';
  if (id === 'accelerate')
    fail(
      'is not a region: global acceleration is a host choice',
      'Keep the bucket’s own region and choose the acceleration host instead.',
    );
  if (COS_LEGACY_REGIONS.has(id)) fail('is a retired COS region name', example);
  if (!REGION.test(id)) fail('is not a COS region ID', example);
  return id;
}
