// Types shared by the Hono app and its sub-apps: per-request variables and the per-instance runtime.
import type { HttpBindings } from '@hono/node-server';
import type { AuthScheme } from './auth/authenticate';
import type { Principal } from './auth/principal';
import type { FaultRuntime } from '../object-store/faults';
import type { HostTable, HostTarget } from './hosts';
import type { BucketConfig, ResolvedOptions } from './options';
import type { QueryPair } from './raw-request';
import type { ObjectStore } from '../object-store/object-store';

export interface OssLocalRuntime {
  options: ResolvedOptions;
  store: ObjectStore;
  faults: FaultRuntime;
  hosts: HostTable;
  buckets: ReadonlyMap<string, BucketConfig>;
}

export interface RequestVariables {
  requestId: string;
  /** host name OSS echoes as HostId */
  hostId: string;
  target: HostTarget;
  /** percent-encoded path as sent */
  rawPath: string;
  query: QueryPair[];
  principal: Principal;
  authScheme: AuthScheme;
}

/** Under @hono/node-server the bindings are Node's request/response; under app.request() they are absent. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: RequestVariables;
}
