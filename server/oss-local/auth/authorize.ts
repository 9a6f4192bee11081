// Whether an authenticated principal may perform an action on a resource, as OSS decides it: an explicit
// Deny in the session policy wins; then an Allow; then the bucket ACL (public-read grants reads to all).
import { OWNER } from '../constants';
import { ossErrors } from '../errors';
import { evaluatePolicy, type PolicyDecision } from './policy';
import type { Principal } from './principal';

export interface AccessRequest {
  /** any one of these actions suffices (aliases such as oss:ListCname / oss:GetBucketCname) */
  actions: readonly string[];
  bucket: string;
  /** undefined for bucket-level operations */
  key: string | undefined;
  context?: Readonly<Record<string, string | undefined>>;
  /** whether the bucket ACL alone grants this (public-read and a read action) */
  grantedByAcl: boolean;
  region: string;
}

export function resourceArn(region: string, bucket: string, key: string | undefined): string {
  const base = `acs:oss:${region}:${OWNER.id}:${bucket}`;
  return key === undefined ? base : `${base}/${key}`;
}

function decide(principal: Principal & { kind: 'sts' }, req: AccessRequest): PolicyDecision {
  const resource = resourceArn(req.region, req.bucket, req.key);
  let decision: PolicyDecision = 'none';
  for (const action of req.actions) {
    const d = evaluatePolicy(principal.policy, { action, resource, context: req.context ?? {} });
    if (d === 'deny') return 'deny';
    if (d === 'allow') decision = 'allow';
  }
  return decision;
}

export function authorize(principal: Principal, req: AccessRequest): void {
  if (principal.kind === 'root') return;
  if (principal.kind === 'anonymous') {
    if (req.grantedByAcl) return;
    throw ossErrors.accessDenied('You have no right to access this object because of bucket acl.');
  }
  const decision = decide(principal, req);
  if (decision === 'allow') return;
  if (decision === 'none' && req.grantedByAcl) return;
  const what = `${req.actions[0] ?? ''} on ${resourceArn(req.region, req.bucket, req.key)}`;
  throw ossErrors.accessDenied(
    decision === 'deny'
      ? `You are denied by session policy: an explicit Deny covers ${what}.`
      : `You are not authorized by the session policy to do ${what}.`,
  );
}
