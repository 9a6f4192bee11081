// Which query parameters select an operation other than the plain object/bucket read or write. OSS
// dispatches on them (PUT /key?acl is PutObjectACL, never a PutObject), so oss-local must too: each one
// is either implemented with its own RAM action or answered 501 NotImplemented — never served as a plain
// GET/PUT. The list is the V1 signature page's sub-resources (every operation selector OSS signs) plus
// the newer operations of the API overview that V1 does not sign.
// Docs: https://www.alibabacloud.com/help/en/oss/developer-reference/include-signatures-in-the-authorization-header
//       https://www.alibabacloud.com/help/en/oss/developer-reference/list-of-operations-by-function
import { V1_SIGNED_SUBRESOURCES } from './constants';
import type { QueryPair } from './raw-request';

/**
 * Signed sub-resources that qualify an operation instead of selecting another one: response header
 * overrides, credentials, paging, access-control conditions, throttling and requester-pays flags.
 */
export const OPERATION_PARAMETERS: ReadonlySet<string> = new Set([
  'response-content-type',
  'response-content-language',
  'response-expires',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
  'security-token',
  'continuation-token',
  'x-oss-traffic-limit',
  'x-oss-request-payer',
  'x-oss-ac-source-ip',
  'x-oss-ac-subnet-mask',
  'x-oss-ac-vpc-id',
  'x-oss-ac-forward-allow',
]);

/** Operations of the API overview selected by a query parameter that V1 does not list. */
const UNSIGNED_OPERATIONS = [
  'accessPoint',
  'accessPointForObjectProcess',
  'publicAccessBlock',
  'policyStatus',
  'httpsConfig',
  'archiveDirectRead',
  'userDefinedLogFieldsConfig',
  'resourcePool',
  'resourcePoolInfo',
  'resourcePoolBuckets',
  'overwriteConfig',
  'redundancyTransition',
  'dataRedundancyTransition',
  'objectInfo',
  'replicationRule',
  'cname-token',
  'certificate',
  'eventNotification',
  'dataindexing',
] as const;

/** Every query parameter that selects an operation (see the file comment). */
export const OPERATION_SUBRESOURCES: ReadonlySet<string> = new Set([
  ...[...V1_SIGNED_SUBRESOURCES].filter((name) => !OPERATION_PARAMETERS.has(name)),
  ...UNSIGNED_OPERATIONS,
]);

/** The operation sub-resources a request names, in the order it names them. */
export function operationSubResources(query: readonly QueryPair[]): string[] {
  const names: string[] = [];
  for (const [name] of query) if (OPERATION_SUBRESOURCES.has(name) && !names.includes(name)) names.push(name);
  return names;
}

/** True when `present` is exactly the set `expected` (order aside). */
export function namesAre(present: readonly string[], ...expected: string[]): boolean {
  return present.length === expected.length && expected.every((name) => present.includes(name));
}
