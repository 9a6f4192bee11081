import type { LocalStsClaims } from '../../local-sts/token';
import type { Policy } from './policy';

/** Who a request acts as, once its signature and token are proven. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'root'; accessKeyId: string }
  | { kind: 'sts'; accessKeyId: string; claims: LocalStsClaims; policy: Policy };
