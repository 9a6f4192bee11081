// What the core refuses, as data: a stable code and the facts the sentence needs. The sentences, in each
// language the console speaks, are in core-problem-text.ts; nothing parses a sentence to learn the code.

/** The cloud whose rule was broken (OSS and COS share most key rules, not their limits). */
export type Cloud = 'OSS' | 'COS';

export type CoreProblem =
  // object keys
  | { code: 'KEY_EMPTY' }
  | { code: 'KEY_LEADING_SLASH'; key: string; char: string; cloud: Cloud }
  | { code: 'KEY_INVALID_UNICODE' }
  | { code: 'KEY_TOO_LONG'; bytes: number; max: number; cloud: Cloud }
  | { code: 'KEY_INVALID_CHARACTER'; codePoint: string; cloud: Cloud }
  // buckets and regions
  | { code: 'BUCKET_INVALID'; bucket: string }
  | { code: 'BUCKET_PUNYCODE'; bucket: string; cloud: Cloud }
  | { code: 'COS_BUCKET_NO_APPID'; bucket: string }
  | { code: 'COS_BUCKET_UPPERCASE'; bucket: string }
  | { code: 'COS_BUCKET_CHARACTERS'; bucket: string }
  | { code: 'COS_BUCKET_TOO_LONG'; bucket: string; region: string; host: string; length: number; max: number }
  | { code: 'REGION_INVALID'; region: string }
  | { code: 'COS_REGION_ACCELERATE'; region: string }
  | { code: 'COS_REGION_RETIRED'; region: string }
  | { code: 'COS_REGION_INVALID'; region: string }
  // validity
  | { code: 'VALIDITY_OUT_OF_RANGE'; seconds: number; min: number; max: number }
  | { code: 'VALIDITY_NOT_A_NUMBER'; min: number; max: number }
  | { code: 'V4_EXPIRES_OUT_OF_RANGE'; seconds: number; max: number }
  | { code: 'V1_EXPIRES_INVALID'; seconds: number }
  | { code: 'COS_EXPIRES_INVALID'; seconds: number }
  | { code: 'COS_START_TIME_INVALID'; value: string }
  // hosts typed by the operator
  | { code: 'DOMAIN_INVALID'; input: string; reason: HostReason; part?: string }
  | { code: 'ENDPOINT_INVALID'; input: string; reason: HostReason; part?: string }
  | { code: 'PORT_INVALID'; which: string; port: string }
  | { code: 'ORIGIN_INVALID'; origin: string }
  // credentials
  | { code: 'CREDENTIALS_INVALID' }
  | { code: 'COS_CREDENTIALS_INVALID' }
  // link options
  | { code: 'TRAFFIC_LIMIT_OUT_OF_RANGE'; value: number; min: number; max: number }
  | { code: 'SUBNET_MASK_INVALID'; mask: number }
  | { code: 'PLACEHOLDER_REPEATED' }
  | { code: 'PER_KEY_PARAM_EMPTY' }
  | { code: 'OPTION_NOT_ON_COS'; option: string }
  | { code: 'COS_PROCESS_INVALID'; value: string }
  | { code: 'COS_HEADER_NOT_SIGNABLE'; name: string; prefix: string }
  | { code: 'COS_HEADER_VALUE_INVALID'; name: string }
  | { code: 'BODY_HEADERS_ON_READ'; method: string }
  | { code: 'FIELD_REPEATED'; name: string }
  // upload links and uploads
  | { code: 'CONTENT_TYPE_EMPTY' }
  | { code: 'CONTENT_TYPE_INVALID'; type: string }
  | { code: 'CONTENT_MD5_INVALID'; md5: string }
  | { code: 'KEY_TEMPLATE_FOLDER'; template: string }
  | { code: 'UPLOAD_NO_FILE_NAME'; path: string }
  | { code: 'UPLOAD_SAME_KEY'; key: string };

export type CoreProblemCode = CoreProblem['code'];

/** Why a typed host name was refused. */
export type HostReason = 'empty' | 'path' | 'port' | 'long' | 'not-fqdn' | 'ip' | 'label' | 'punycode';
