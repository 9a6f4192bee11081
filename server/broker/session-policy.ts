// The session policy attached to every credential: the configured bucket/prefix, optionally narrowed by
// the request (never widened), and read-only unless upload is configured. Same grammar as RAM policies,
// so the local token and the real AssumeRole carry the same document.
import type { BucketScope } from './broker-config';
import { BrokerError } from './errors';

/** GetObject also covers HeadObject and GetObjectMeta. ListCname lists the bucket's custom domains. */
export const READ_OBJECT_ACTIONS = ['oss:GetObject'] as const;
export const LIST_ACTIONS = ['oss:ListObjects'] as const;
export const BUCKET_READ_ACTIONS = ['oss:ListCname'] as const;
/** PutObject covers PutObject, InitiateMultipartUpload, UploadPart and CompleteMultipartUpload. */
export const UPLOAD_OBJECT_ACTIONS = ['oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'] as const;

export interface SessionPolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string[];
  Condition?: { StringLike: { 'oss:Prefix': string[] } };
}

export interface SessionPolicy {
  Version: '1';
  Statement: SessionPolicyStatement[];
}

export interface SessionScope {
  bucket: BucketScope;
  /** the effective prefix: the configured one, or a narrower one the request asked for */
  prefix: string;
}

/** Every action a bucket's credentials may carry, in the order of the policy. */
export function actionsFor(bucket: Pick<BucketScope, 'upload'>): string[] {
  return [
    ...READ_OBJECT_ACTIONS,
    ...LIST_ACTIONS,
    ...BUCKET_READ_ACTIONS,
    ...(bucket.upload ? UPLOAD_OBJECT_ACTIONS : []),
  ];
}

/**
 * Picks the bucket and prefix of a request. An unknown bucket or a prefix outside the configured one
 * is a 403. A requested prefix is cut at its first `*` or `?`: those are wildcards in the policy
 * grammar, and the shorter prefix still covers the requested folder without leaving the configured one.
 */
export function resolveScope(
  buckets: BucketScope[],
  defaultBucket: string,
  request: { bucket?: string; prefix?: string },
): SessionScope {
  const name = request.bucket || defaultBucket;
  const bucket = buckets.find((b) => b.name === name);
  if (!bucket) {
    throw new BrokerError(
      403,
      'BucketNotAllowed',
      `This broker does not grant access to bucket "${safeEcho(name)}". Ask for one of: ${buckets.map((b) => b.name).join(', ')}.`,
    );
  }
  const requested = request.prefix ?? '';
  if (requested === '' || requested === bucket.prefix) return { bucket, prefix: bucket.prefix };
  if (!requested.startsWith(bucket.prefix)) {
    throw new BrokerError(
      403,
      'PrefixNotAllowed',
      `Prefix "${safeEcho(requested)}" is outside this broker's scope for ${bucket.name}; it must start with "${bucket.prefix}".`,
    );
  }
  if (requested.length > 1023 || requested.startsWith('/')) {
    throw new BrokerError(
      400,
      'InvalidPrefix',
      'prefix must be an OSS key prefix: no leading "/", at most 1023 bytes.',
    );
  }
  const wildcard = requested.search(/[*?]/);
  return { bucket, prefix: wildcard === -1 ? requested : requested.slice(0, wildcard) };
}

/**
 * Where the upload actions apply within a session: the narrower of the session's prefix and the
 * bucket's uploadPrefix; undefined when upload is off or the two do not overlap.
 */
export function uploadScopeOf(scope: SessionScope): string | undefined {
  const { bucket, prefix } = scope;
  if (!bucket.upload) return undefined;
  const uploadPrefix = bucket.uploadPrefix ?? bucket.prefix;
  if (prefix.startsWith(uploadPrefix)) return prefix;
  if (uploadPrefix.startsWith(prefix)) return uploadPrefix;
  return undefined;
}

export function buildSessionPolicy(scope: SessionScope): SessionPolicy {
  const { bucket, prefix } = scope;
  const bucketResource = `acs:oss:*:*:${bucket.name}`;
  const objectResource = `${bucketResource}/${prefix}*`;
  const uploadPrefix = uploadScopeOf(scope);
  // uploads where reads are: one statement; a narrower upload prefix: a statement of its own
  const uploadWithReads = uploadPrefix === prefix;
  const list: SessionPolicyStatement = {
    Effect: 'Allow',
    Action: [...LIST_ACTIONS],
    Resource: [bucketResource],
  };
  if (prefix !== '') list.Condition = { StringLike: { 'oss:Prefix': [`${prefix}*`] } };
  return {
    Version: '1',
    Statement: [
      {
        Effect: 'Allow',
        Action: [...READ_OBJECT_ACTIONS, ...(uploadWithReads ? UPLOAD_OBJECT_ACTIONS : [])],
        Resource: [objectResource],
      },
      ...(uploadPrefix === undefined || uploadWithReads
        ? []
        : [
            {
              Effect: 'Allow' as const,
              Action: [...UPLOAD_OBJECT_ACTIONS],
              Resource: [`${bucketResource}/${uploadPrefix}*`],
            },
          ]),
      list,
      { Effect: 'Allow', Action: [...BUCKET_READ_ACTIONS], Resource: [bucketResource] },
    ],
  };
}

/** Request values in messages: printable, short, never a header-breaking character. */
function safeEcho(value: string): string {
  const clean = value.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}
