// Every wire string of the COS request signature (q-sign-algorithm=sha1) and of COS hosts lives here, once.
// Source: COS "Request Signature" (https://cloud.tencent.com/document/product/436/7778).

/** The only algorithm COS XML signatures use; also the first line of every StringToSign. */
export const COS_SIGN_ALGORITHM = 'sha1';

export const Q_SIGN_ALGORITHM = 'q-sign-algorithm';
export const Q_AK = 'q-ak';
export const Q_SIGN_TIME = 'q-sign-time';
export const Q_KEY_TIME = 'q-key-time';
export const Q_HEADER_LIST = 'q-header-list';
export const Q_URL_PARAM_LIST = 'q-url-param-list';
export const Q_SIGNATURE = 'q-signature';

/** Temporary keys: the token travels next to the signature (not signed itself, as the official SDKs do). */
export const COS_QUERY_SECURITY_TOKEN = 'x-cos-security-token';

/** Separates the two timestamps of a KeyTime and the names of a key list. */
export const KEY_TIME_SEPARATOR = ';';
export const KEY_LIST_SEPARATOR = ';';

export const HEADER_HOST = 'host';
export const HEADER_CONTENT_TYPE = 'content-type';
export const HEADER_CONTENT_MD5 = 'content-md5';
/** Headers a presign template may bind besides host, content-type and content-md5. */
export const COS_HEADER_PREFIX = 'x-cos-';

export const PARAM_VERSION_ID = 'versionId';
export const PARAM_TRAFFIC_LIMIT = 'x-cos-traffic-limit';
export const PARAM_RESPONSE_CONTENT_TYPE = 'response-content-type';
export const PARAM_RESPONSE_CONTENT_LANGUAGE = 'response-content-language';
export const PARAM_RESPONSE_EXPIRES = 'response-expires';
export const PARAM_RESPONSE_CACHE_CONTROL = 'response-cache-control';
export const PARAM_RESPONSE_CONTENT_DISPOSITION = 'response-content-disposition';
export const PARAM_RESPONSE_CONTENT_ENCODING = 'response-content-encoding';

/** `<bucket>-<appid>.cos.<region>.myqcloud.com` */
export const COS_DEFAULT_HOST_PREFIX = 'cos.';
export const COS_DOMAIN = 'myqcloud.com';
/** Global acceleration: `<bucket>-<appid>.cos.accelerate.myqcloud.com` */
export const COS_ACCELERATE_ENDPOINT = 'cos.accelerate.myqcloud.com';

/** COS object keys are at most 850 bytes of UTF-8 (Object Overview, naming rules). */
export const COS_MAX_KEY_BYTES = 850;
/** The bucket's default host, `<bucket>-<appid>.cos.<region>.myqcloud.com`, has at most 60 characters. */
export const COS_MAX_DEFAULT_HOST_LENGTH = 60;

/**
 * Region names of the first COS generation. The SDKs still map them to `<bucket>.<region>.myqcloud.com`
 * (no `cos.`); COS lists the current names (ap-guangzhou …) in "Regions and Access Endpoints".
 */
export const COS_LEGACY_REGIONS: ReadonlySet<string> = new Set([
  'cn-south',
  'cn-south-2',
  'cn-north',
  'cn-east',
  'cn-southwest',
  'sg',
]);
