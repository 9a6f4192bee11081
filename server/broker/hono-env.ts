import type { Operator } from './operator-auth';

/** Per-request values the broker's middleware sets for the routes. */
export interface BrokerEnv {
  Variables: {
    operator: Operator;
    requestId: string;
  };
}
