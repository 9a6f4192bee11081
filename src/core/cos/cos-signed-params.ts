// Query parameters a presigned COS object URL may carry, all covered by the signature (q-url-param-list):
// GET Object's `versionId` and `response-*` overrides, and single-link speed limit `x-cos-traffic-limit`,
// which COS accepts as a request parameter as well as a header ("Single-URL Speed Limits") — a link can
// only carry it as a parameter. Image processing (Cloud Infinite: `imageMogr2/…`, `imageView2/…`,
// `watermark/…`, `imageInfo`, …) is a parameter with no value, signed like the others.
import { CoreInputError } from '../errors/core-input-error';
import { TRAFFIC_LIMIT_MAX, TRAFFIC_LIMIT_MIN } from '../presign/signed-params';
import {
  PARAM_RESPONSE_CACHE_CONTROL,
  PARAM_RESPONSE_CONTENT_DISPOSITION,
  PARAM_RESPONSE_CONTENT_ENCODING,
  PARAM_RESPONSE_CONTENT_LANGUAGE,
  PARAM_RESPONSE_CONTENT_TYPE,
  PARAM_RESPONSE_EXPIRES,
  PARAM_TRAFFIC_LIMIT,
  PARAM_VERSION_ID,
} from './constants';

export interface CosSignedParams {
  versionId?: string | undefined;
  /** bit/s, 819200–838860800 (100 KB/s – 100 MB/s): the same range as OSS */
  trafficLimit?: number | undefined;
  responseContentType?: string | undefined;
  responseContentLanguage?: string | undefined;
  responseExpires?: string | undefined;
  responseCacheControl?: string | undefined;
  /** e.g. from src/core/disposition `buildContentDisposition` (RFC 6266 / RFC 5987 filename*) */
  responseContentDisposition?: string | undefined;
  responseContentEncoding?: string | undefined;
  /**
   * COS image processing for GET, e.g. `imageMogr2/thumbnail/!50p` or `imageView2/1/w/200/h/200`
   * (several joined with `|`): sent as a query parameter with no value, as the SDKs do (`name=`).
   */
  process?: string | undefined;
}

/** The Cloud Infinite image operations a GET link may carry (COS "image processing" docs). */
export const COS_PROCESS_OPERATIONS = [
  'imageMogr2',
  'imageView2',
  'watermark',
  'imageInfo',
  'exif',
  'imageAve',
  'imageSlim',
] as const;

// an operation, then its arguments: printable ASCII without space, &, =, #, ?, each step joined by `|`
const PROCESS_STEP = new RegExp(`^(?:${COS_PROCESS_OPERATIONS.join('|')})(?:/[!-~]*)?$`);
const PROCESS_CHARS = /^[!-~]+$/;

/** Throws CoreInputError unless `process` is a COS image-processing parameter the console can sign. */
export function validateCosProcess(process: string): void {
  const ok =
    PROCESS_CHARS.test(process) &&
    !/[&=#?]/.test(process) &&
    process.split('|').every((step) => PROCESS_STEP.test(step));
  if (!ok) throw new CoreInputError({ code: 'COS_PROCESS_INVALID', value: process });
}

/** The parameters as [name, value] pairs (unsorted; signing and the URL sort them). Empty values are left out. */
export function getCosSignedParamEntries(params: CosSignedParams | undefined): Array<[string, string]> {
  if (!params) return [];
  const out: Array<[string, string]> = [];
  const add = (name: string, value: string | number | undefined): void => {
    if (value !== undefined && value !== '') out.push([name, String(value)]);
  };
  add(PARAM_VERSION_ID, params.versionId);
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
    add(PARAM_TRAFFIC_LIMIT, t);
  }
  add(PARAM_RESPONSE_CONTENT_TYPE, params.responseContentType);
  add(PARAM_RESPONSE_CONTENT_LANGUAGE, params.responseContentLanguage);
  add(PARAM_RESPONSE_EXPIRES, params.responseExpires);
  add(PARAM_RESPONSE_CACHE_CONTROL, params.responseCacheControl);
  add(PARAM_RESPONSE_CONTENT_DISPOSITION, params.responseContentDisposition);
  add(PARAM_RESPONSE_CONTENT_ENCODING, params.responseContentEncoding);
  if (params.process !== undefined && params.process !== '') {
    validateCosProcess(params.process);
    out.push([params.process, '']);
  }
  return out;
}
