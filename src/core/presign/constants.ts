// Every wire string of the OSS signing protocols lives here, once.

export const V1_QUERY_ACCESS_KEY_ID = 'OSSAccessKeyId';
export const V1_QUERY_EXPIRES = 'Expires';
export const V1_QUERY_SIGNATURE = 'Signature';
export const V1_QUERY_SECURITY_TOKEN = 'security-token';
export const V1_AUTH_PREFIX = 'OSS';

export const V4_ALGORITHM = 'OSS4-HMAC-SHA256';
export const V4_REQUEST_TERMINATOR = 'aliyun_v4_request';
export const V4_SECRET_PREFIX = 'aliyun_v4';
export const V4_PRODUCT = 'oss';
export const V4_UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const V4_QUERY_SIGNATURE_VERSION = 'x-oss-signature-version';
export const V4_QUERY_CREDENTIAL = 'x-oss-credential';
export const V4_QUERY_DATE = 'x-oss-date';
export const V4_QUERY_EXPIRES = 'x-oss-expires';
export const V4_QUERY_SIGNATURE = 'x-oss-signature';
export const V4_QUERY_SECURITY_TOKEN = 'x-oss-security-token';
export const V4_QUERY_ADDITIONAL_HEADERS = 'x-oss-additional-headers';
export const V4_HEADER_CONTENT_SHA256 = 'x-oss-content-sha256';
/** OSS rejects V4 presigned URLs valid for longer than 7 days. */
export const V4_MAX_EXPIRES_SECONDS = 604_800;

export const OSS_HEADER_PREFIX = 'x-oss-';

/** OSS object keys are at most 1023 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1023;
