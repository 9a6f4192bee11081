// What every cos-local handler sees: the resolved options, the shared object store, fault injection,
// and one request already routed (bucket, key, operation, principal).
import type { Context } from 'hono';
import type { FaultRuntime } from '../object-store/faults';
import type { BucketStore } from '../object-store/bucket-store';
import type { ObjectStore } from '../object-store/object-store';
import type { CosPrincipal } from './auth/authenticate';
import type { CosHostTarget } from './hosts';
import type { CosOperation } from './operations';
import type { CosBucketConfig, ResolvedCosOptions } from './options';

export interface CosRuntime {
  options: ResolvedCosOptions;
  store: ObjectStore;
  faults: FaultRuntime;
  buckets: ReadonlyMap<string, CosBucketConfig>;
}

export interface CosCall {
  c: Context;
  rt: CosRuntime;
  op: CosOperation;
  bucket: CosBucketConfig;
  store: BucketStore;
  key: string;
  /** decoded query pairs */
  query: ReadonlyArray<readonly [string, string]>;
  principal: CosPrincipal;
  target: CosHostTarget;
  requestId: string;
}

export function param(call: CosCall, name: string): string | undefined {
  return call.query.find(([k]) => k.toLowerCase() === name)?.[1];
}

/** COS writes ETags as quoted lower-case hex; the shared store keeps OSS's upper-case form. */
export function cosEtag(etag: string): string {
  return etag.toLowerCase();
}

export function xmlResponse(
  call: CosCall,
  body: string,
  status = 200,
  extra: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/xml', 'x-cos-request-id': call.requestId, ...extra },
  });
}
