import { CoreInputError } from '../errors/core-input-error';

/** Query parameters a presigned object URL may carry; all of them are covered by the signature. */
export interface SignedParams {
  versionId?: string | undefined;
  /** bind the URL to a source IP (`x-oss-ac-source-ip`) and optional mask bits (`x-oss-ac-subnet-mask`) */
  sourceIp?: string | undefined;
  subnetMask?: number | undefined;
  vpcId?: string | undefined;
  forwardAllow?: boolean | undefined;
  /** image/video processing, e.g. `image/resize,w_800` */
  process?: string | undefined;
  /** bits per second, 819200–838860800 */
  trafficLimit?: number | undefined;
  responseContentType?: string | undefined;
  responseContentLanguage?: string | undefined;
  responseExpires?: string | undefined;
  responseCacheControl?: string | undefined;
  responseContentDisposition?: string | undefined;
  responseContentEncoding?: string | undefined;
}

export const TRAFFIC_LIMIT_MIN = 819_200;
export const TRAFFIC_LIMIT_MAX = 838_860_800;

/**
 * The parameters as ordered [name, value] pairs. The order is the URL order (the official SDK's:
 * sub-resources, process, traffic limit, response overrides); signing sorts separately.
 */
export function getSignedParamEntries(params: SignedParams | undefined): Array<[string, string]> {
  if (!params) return [];
  const out: Array<[string, string]> = [];
  const add = (name: string, value: string | number | boolean | undefined): void => {
    if (value !== undefined && value !== '') out.push([name, String(value)]);
  };
  add('versionId', params.versionId);
  add('x-oss-ac-source-ip', params.sourceIp);
  add('x-oss-ac-subnet-mask', params.subnetMask);
  add('x-oss-ac-vpc-id', params.vpcId);
  add('x-oss-ac-forward-allow', params.forwardAllow === undefined ? undefined : String(params.forwardAllow));
  add('x-oss-process', params.process);
  if (params.trafficLimit !== undefined) {
    const t = params.trafficLimit;
    if (!Number.isInteger(t) || t < TRAFFIC_LIMIT_MIN || t > TRAFFIC_LIMIT_MAX) {
      throw new CoreInputError({
        code: 'TRAFFIC_LIMIT_OUT_OF_RANGE',
        value: t,
        min: TRAFFIC_LIMIT_MIN,
        max: TRAFFIC_LIMIT_MAX,
      });
    }
    add('x-oss-traffic-limit', t);
  }
  if (
    params.subnetMask !== undefined &&
    (!Number.isInteger(params.subnetMask) || params.subnetMask < 0 || params.subnetMask > 32)
  ) {
    throw new CoreInputError({ code: 'SUBNET_MASK_INVALID', mask: params.subnetMask });
  }
  add('response-content-type', params.responseContentType);
  add('response-content-language', params.responseContentLanguage);
  add('response-expires', params.responseExpires);
  add('response-cache-control', params.responseCacheControl);
  add('response-content-disposition', params.responseContentDisposition);
  add('response-content-encoding', params.responseContentEncoding);
  return out;
}
