// Every wire string oss-local speaks lives here, so a reader can check them against the OSS docs in one place.

export const V4_ALGORITHM = 'OSS4-HMAC-SHA256';
export const V4_TERMINATOR = 'aliyun_v4_request';
export const V4_KEY_PREFIX = 'aliyun_v4';
export const V4_PRODUCT = 'oss';
export const V4_UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** x-oss-expires is 1..604800 s (7 days) for V4 presigned URLs. */
export const V4_MAX_EXPIRES_SECONDS = 604_800;

export const V1_AUTH_PREFIX = 'OSS ';

/** Header-signed requests may differ from the server clock by this much (OSS: 15 minutes). */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export const Q = {
  accessKeyId: 'OSSAccessKeyId',
  expires: 'Expires',
  signature: 'Signature',
  securityToken: 'security-token',
  v4SignatureVersion: 'x-oss-signature-version',
  v4Credential: 'x-oss-credential',
  v4Date: 'x-oss-date',
  v4Expires: 'x-oss-expires',
  v4Signature: 'x-oss-signature',
  v4AdditionalHeaders: 'x-oss-additional-headers',
  v4SecurityToken: 'x-oss-security-token',
  sourceIp: 'x-oss-ac-source-ip',
  subnetMask: 'x-oss-ac-subnet-mask',
} as const;

export const H = {
  authorization: 'authorization',
  date: 'date',
  ossDate: 'x-oss-date',
  contentMd5: 'content-md5',
  contentType: 'content-type',
  securityToken: 'x-oss-security-token',
  contentSha256: 'x-oss-content-sha256',
  requestId: 'x-oss-request-id',
  forceDownload: 'x-oss-force-download',
  forbidOverwrite: 'x-oss-forbid-overwrite',
  /** CompleteMultipartUpload without a part list: every uploaded part, in order */
  completeAll: 'x-oss-complete-all',
  objectType: 'x-oss-object-type',
  /** CRC-64/ECMA-182 of the object (or part), unsigned decimal */
  crc64: 'x-oss-hash-crc64ecma',
  /** `standard`: Range as RFC 7233 (206 truncated / 416); otherwise OSS ignores an invalid range */
  rangeBehavior: 'x-oss-range-behavior',
} as const;

/** User metadata travels as `x-oss-meta-<name>` headers. */
export const USER_META_PREFIX = 'x-oss-meta-';

/**
 * Query parameters that V1 signs as sub-resources (the OSS "CanonicalizedResource" list, as the official SDKs carry it).
 * Any other parameter whose name starts with `x-oss-` is signed too (Go SDK v2 does the same).
 */
export const V1_SIGNED_SUBRESOURCES: ReadonlySet<string> = new Set([
  'acl',
  'uploads',
  'location',
  'cors',
  'logging',
  'website',
  'referer',
  'lifecycle',
  'delete',
  'append',
  'tagging',
  'objectMeta',
  'uploadId',
  'partNumber',
  'security-token',
  'position',
  'img',
  'style',
  'styleName',
  'replication',
  'replicationProgress',
  'replicationLocation',
  'cname',
  'bucketInfo',
  'comp',
  'qos',
  'live',
  'status',
  'vod',
  'startTime',
  'endTime',
  'symlink',
  'x-oss-process',
  'response-content-type',
  'x-oss-traffic-limit',
  'response-content-language',
  'response-expires',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
  'udf',
  'udfName',
  'udfImage',
  'udfId',
  'udfImageDesc',
  'udfApplication',
  'udfApplicationLog',
  'restore',
  'callback',
  'callback-var',
  'qosInfo',
  'policy',
  'stat',
  'encryption',
  'versions',
  'versioning',
  'versionId',
  'requestPayment',
  'x-oss-request-payer',
  'sequential',
  'inventory',
  'inventoryId',
  'continuation-token',
  'asyncFetch',
  'worm',
  'wormId',
  'wormExtend',
  'withHashContext',
  'x-oss-enable-md5',
  'x-oss-enable-sha1',
  'x-oss-enable-sha256',
  'x-oss-hash-ctx',
  'x-oss-md5-ctx',
  'transferAcceleration',
  'regionList',
  'cloudboxes',
  'x-oss-ac-source-ip',
  'x-oss-ac-subnet-mask',
  'x-oss-ac-vpc-id',
  'x-oss-ac-forward-allow',
  'metaQuery',
  'resourceGroup',
  'rtc',
  'x-oss-async-process',
  'responseHeader',
]);

/** `response-*` query overrides GetObject honours, and the response header each one sets. */
export const RESPONSE_OVERRIDES: ReadonlyArray<readonly [query: string, header: string]> = [
  ['response-content-type', 'Content-Type'],
  ['response-content-language', 'Content-Language'],
  ['response-expires', 'Expires'],
  ['response-cache-control', 'Cache-Control'],
  ['response-content-disposition', 'Content-Disposition'],
  ['response-content-encoding', 'Content-Encoding'],
];

/** Types OSS forces to download on default and accelerate domains (doc 0048-00000101, plus HTML). */
export const FORCED_DOWNLOAD_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/gif',
  'image/tiff',
  'image/png',
  'image/webp',
  'image/svg+xml',
  'image/bmp',
  'image/x-ms-bmp',
  'image/x-cmu-raster',
  'image/exr',
  'image/x-icon',
  'image/heic',
  'text/html',
  'application/xhtml+xml',
]);

/** Package types OSS refuses on default and accelerate domains for anonymous and URL-signed access. */
export const APK_EXTENSIONS = ['.apk', '.ipa'] as const;
export const APK_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.android.package-archive',
  'application/iphone',
]);

/** Multipart limits from the OSS docs: part numbers 1..10000; every part but the last at least 100 KB. */
export const MULTIPART = {
  minPartNumber: 1,
  maxPartNumber: 10_000,
  minPartSize: 100 * 1024,
  /** UploadPart: 100 KB to 5 GB per part (the last may be smaller); parts stream to disk here */
  maxPartSize: 5 * 1024 ** 3,
  listPartsDefault: 1000,
  listPartsMax: 1000,
  listUploadsDefault: 1000,
  listUploadsMax: 1000,
  /** a CompleteMultipartUpload body of 10,000 parts is about 1 MB */
  maxCompleteBodyBytes: 4 * 1024 * 1024,
} as const;

/** PutObject and AppendObject take at most 5 GB (PutObject doc: "The object size cannot exceed 5 GB"). */
export const OSS_MAX_OBJECT_BYTES = 5 * 1024 ** 3;

export const LIST_DEFAULT_MAX_KEYS = 100;
export const LIST_MAX_KEYS = 1000;

/** Owner shown in listings; an account id shaped like Alibaba Cloud's. */
export const OWNER = { id: '1000000000000001', displayName: '1000000000000001' } as const;

export const SERVER_HEADER = 'AliyunOSS';
export const CONTROL_PREFIX = '/__oss-local';
