// The least-privilege CAM policy of a COS temporary key: the bucket's prefix and only the actions the
// bucket is configured for, in the grammar of "Working with COS API Authorization Policies"
// (https://www.tencentcloud.com/document/product/436/30580, 中文 https://cloud.tencent.com/document/product/436/31923):
//   resource  qcs::cos:<region>:uid/<appid>:<bucket>/<prefix>*
//   reading   name/cos:GetObject, name/cos:HeadObject on the prefix
//   listing   name/cos:GetBucket on the bucket (`<bucket>/*`), with `string_like cos:prefix <prefix>*`
//             when scoped (condition key cos:prefix: https://www.tencentcloud.com/document/product/436/46206)
//   domains   name/cos:GetBucketDomain on the bucket (`<bucket>/*`, bucket-level actions' resource), so
//             the console offers the bucket's custom domains (OSS's keys get oss:ListCname the same way)
//   uploads   PutObject and the multipart actions, only when upload is granted, on the upload prefix
// The local minter puts the same actions and prefixes in its token, so cos-local enforces what COS would.
import type { BucketScope } from './broker-config';
import type { SessionScope } from './session-policy';
import { uploadScopeOf } from './session-policy';

export const COS_READ_ACTIONS = ['name/cos:GetObject', 'name/cos:HeadObject'] as const;
export const COS_LIST_ACTIONS = ['name/cos:GetBucket'] as const;
export const COS_BUCKET_READ_ACTIONS = ['name/cos:GetBucketDomain'] as const;
export const COS_UPLOAD_ACTIONS = [
  'name/cos:PutObject',
  'name/cos:InitiateMultipartUpload',
  'name/cos:UploadPart',
  'name/cos:CompleteMultipartUpload',
  'name/cos:AbortMultipartUpload',
  'name/cos:ListParts',
  'name/cos:ListMultipartUploads',
] as const;

export interface CosPolicyStatement {
  effect: 'allow';
  action: string[];
  resource: string[];
  condition?: { string_like: { 'cos:prefix': string } };
}

export interface CosPolicy {
  version: '2.0';
  statement: CosPolicyStatement[];
}

export function cosActionsFor(bucket: Pick<BucketScope, 'upload'>): string[] {
  return [
    ...COS_READ_ACTIONS,
    ...COS_LIST_ACTIONS,
    ...COS_BUCKET_READ_ACTIONS,
    ...(bucket.upload ? COS_UPLOAD_ACTIONS : []),
  ];
}

export function buildCosPolicy(scope: SessionScope): CosPolicy {
  const { bucket, prefix } = scope;
  const base = `qcs::cos:${bucket.region}:uid/${bucket.appId ?? ''}:${bucket.name}`;
  const uploadPrefix = uploadScopeOf(scope);
  const list: CosPolicyStatement = {
    effect: 'allow',
    action: [...COS_LIST_ACTIONS],
    resource: [`${base}/*`],
  };
  if (prefix !== '') list.condition = { string_like: { 'cos:prefix': `${prefix}*` } };
  return {
    version: '2.0',
    statement: [
      { effect: 'allow', action: [...COS_READ_ACTIONS], resource: [`${base}/${prefix}*`] },
      list,
      { effect: 'allow', action: [...COS_BUCKET_READ_ACTIONS], resource: [`${base}/*`] },
      ...(uploadPrefix === undefined
        ? []
        : [
            {
              effect: 'allow' as const,
              action: [...COS_UPLOAD_ACTIONS],
              resource: [`${base}/${uploadPrefix}*`],
            },
          ]),
    ],
  };
}
