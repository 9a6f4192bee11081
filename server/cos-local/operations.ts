// Which COS operation a request is: COS dispatches on the method and the sub-resources of the query
// (`PUT /key?acl` is PutObjectACL, not PutObject), so cos-local does too, with an allow-list: each
// implemented operation names the parameters it takes; any other parameter (a sub-resource such as
// ?acl, ?tagging, ?versionId, ?restore, ?cors …) makes the request 501 NotImplemented, never a plain read
// or write. API list: https://www.tencentcloud.com/document/product/436/7751 (Action List).
import { cosErrors } from './errors';

export type CosOperation =
  | 'GetBucket'
  | 'HeadBucket'
  | 'GetBucketDomain'
  | 'ListMultipartUploads'
  | 'GetObject'
  | 'HeadObject'
  | 'PutObject'
  | 'DeleteObject'
  | 'InitiateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'ListParts';

/** The CAM action each operation needs (`name/cos:<Action>`). */
export const ACTION_OF: Readonly<Record<CosOperation, string>> = {
  GetBucket: 'name/cos:GetBucket',
  HeadBucket: 'name/cos:HeadBucket',
  GetBucketDomain: 'name/cos:GetBucketDomain',
  ListMultipartUploads: 'name/cos:ListMultipartUploads',
  GetObject: 'name/cos:GetObject',
  HeadObject: 'name/cos:HeadObject',
  PutObject: 'name/cos:PutObject',
  DeleteObject: 'name/cos:DeleteObject',
  InitiateMultipartUpload: 'name/cos:InitiateMultipartUpload',
  UploadPart: 'name/cos:UploadPart',
  CompleteMultipartUpload: 'name/cos:CompleteMultipartUpload',
  AbortMultipartUpload: 'name/cos:AbortMultipartUpload',
  ListParts: 'name/cos:ListParts',
};

const RESPONSE_OVERRIDES = [
  'response-content-type',
  'response-content-language',
  'response-expires',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
];

const PARAMS: Readonly<Record<CosOperation, readonly string[]>> = {
  GetBucket: ['prefix', 'delimiter', 'marker', 'max-keys', 'encoding-type'],
  HeadBucket: [],
  GetBucketDomain: ['domain'],
  ListMultipartUploads: [
    'uploads',
    'prefix',
    'delimiter',
    'key-marker',
    'upload-id-marker',
    'max-uploads',
    'encoding-type',
  ],
  // single-link speed limit ("Single-URL Speed Limits"): a request parameter as well as a header
  GetObject: [...RESPONSE_OVERRIDES, 'x-cos-traffic-limit'],
  HeadObject: [],
  PutObject: [],
  DeleteObject: [],
  InitiateMultipartUpload: ['uploads'],
  UploadPart: ['partnumber', 'uploadid'],
  CompleteMultipartUpload: ['uploadid'],
  AbortMultipartUpload: ['uploadid'],
  ListParts: ['uploadid', 'max-parts', 'part-number-marker', 'encoding-type'],
};

/** Parameters that authenticate a request rather than select an operation. */
export const AUTH_PARAMS = new Set([
  'q-sign-algorithm',
  'q-ak',
  'q-sign-time',
  'q-key-time',
  'q-header-list',
  'q-url-param-list',
  'q-signature',
  'x-cos-security-token',
]);

export function operationOf(
  method: string,
  key: string,
  paramNames: readonly string[],
  headers: Headers,
): CosOperation {
  const names = new Set(paramNames.map((n) => n.toLowerCase()).filter((n) => !AUTH_PARAMS.has(n)));
  const has = (n: string): boolean => names.has(n);
  let op: CosOperation | undefined;
  if (key === '') {
    if (method === 'GET')
      op = has('domain') ? 'GetBucketDomain' : has('uploads') ? 'ListMultipartUploads' : 'GetBucket';
    else if (method === 'HEAD') op = 'HeadBucket';
  } else if (method === 'GET') op = has('uploadid') ? 'ListParts' : 'GetObject';
  else if (method === 'HEAD') op = 'HeadObject';
  else if (method === 'PUT') op = has('partnumber') || has('uploadid') ? 'UploadPart' : 'PutObject';
  else if (method === 'POST')
    op = has('uploads') ? 'InitiateMultipartUpload' : has('uploadid') ? 'CompleteMultipartUpload' : undefined;
  else if (method === 'DELETE') op = has('uploadid') ? 'AbortMultipartUpload' : 'DeleteObject';
  const where = key === '' ? 'bucket' : 'object';
  const query = [...names]
    .sort()
    .map((n) => `?${n}`)
    .join('');
  if (op === undefined)
    throw cosErrors.notImplemented(`${method} ${where}${query === '' ? '' : ` ${query}`}`);
  const unknown = [...names].filter((n) => !PARAMS[op].includes(n));
  if (unknown.length > 0)
    throw cosErrors.notImplemented(`${method} ${where} with ?${unknown.sort().join('&')}`);
  if ((op === 'PutObject' || op === 'UploadPart') && headers.has('x-cos-copy-source'))
    throw cosErrors.notImplemented(op === 'PutObject' ? 'PUT Object - Copy' : 'Upload Part - Copy');
  if (op === 'PutObject' && headers.has('x-cos-append')) throw cosErrors.notImplemented('APPEND Object');
  return op;
}
