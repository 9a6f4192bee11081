// What a principal may do. A temporary key's scope (minted by the broker: one bucket, a key prefix, the
// CAM actions granted) is enforced the way COS enforces the policy `qcs::cos:<region>:uid/<appid>:<bucket>/<prefix>*`:
// object operations need a key under the prefix, GET Bucket and List Multipart Uploads a `prefix`
// parameter under it. Anonymous requests may read public-read buckets. Denied → 403 AccessDenied.
import { cosErrors } from '../errors';
import { ACTION_OF, type CosOperation } from '../operations';
import type { CosPrincipal } from './authenticate';

export interface AuthorizeRequest {
  op: CosOperation;
  bucket: string;
  region: string;
  /** '' for bucket operations */
  key: string;
  /** the listing's `prefix` parameter ('' when absent) */
  listPrefix: string;
  publicRead: boolean;
}

const ANONYMOUS_READS = new Set<CosOperation>(['GetObject', 'HeadObject', 'GetBucket', 'HeadBucket']);
const LISTINGS = new Set<CosOperation>(['GetBucket', 'ListMultipartUploads']);
const UPLOADS = new Set<CosOperation>([
  'PutObject',
  'InitiateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'ListParts',
  'ListMultipartUploads',
]);

export function authorize(principal: CosPrincipal, req: AuthorizeRequest): void {
  if (principal.kind === 'root') return;
  if (principal.kind === 'anonymous') {
    if (req.publicRead && ANONYMOUS_READS.has(req.op)) return;
    throw cosErrors.accessDenied();
  }
  const { scope } = principal;
  const action = ACTION_OF[req.op];
  const granted = scope.actions.some((a) => a === action || a === 'name/cos:*' || a === '*');
  if (!granted) throw cosErrors.accessDenied(`Access Denied: the temporary key does not grant ${action}.`);
  if (scope.bucket !== req.bucket || scope.region !== req.region)
    throw cosErrors.accessDenied(
      `Access Denied: the temporary key is for ${scope.bucket} (${scope.region}).`,
    );
  const underPrefix = LISTINGS.has(req.op) ? req.listPrefix : req.key;
  if (req.key === '' && !LISTINGS.has(req.op)) {
    // bucket operations (HEAD Bucket …) reach the bucket itself: a prefix-scoped key may not. GET Bucket
    // domain is the exception: the broker grants it on the bucket's resource (`<bucket>/*`) whatever the
    // prefix, as it grants OSS's ListCname.
    if (scope.prefix !== '' && req.op !== 'GetBucketDomain')
      throw cosErrors.accessDenied('Access Denied: the temporary key is scoped to a prefix.');
    return;
  }
  const prefix = UPLOADS.has(req.op) && scope.uploadPrefix !== undefined ? scope.uploadPrefix : scope.prefix;
  if (!underPrefix.startsWith(prefix))
    throw cosErrors.accessDenied(`Access Denied: the temporary key reaches only keys under ${prefix}.`);
}
