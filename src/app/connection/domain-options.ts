// The domains a bucket's links may use (default, accelerate, custom), for the URL panel and the export dialog.
import type { DomainChoice } from '../../core/endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../../core/endpoint/resolve-object-origin';
import type { BucketConnection } from './bucket-connection';

export interface DomainOption {
  value: DomainChoice;
  /** host name shown to the operator (no port) */
  host: string;
}

export function domainOptions(
  bucket: BucketConnection,
  customDomains: readonly string[] = bucket.customDomains,
): DomainOption[] {
  const host = (d: DomainChoice) => {
    try {
      return resolveObjectOrigin(bucket.name, bucket.endpoint, d, true).host.replace(/:\d+$/, '');
    } catch {
      return d.kind === 'custom' ? d.host : d.kind;
    }
  };
  const list: DomainChoice[] = [{ kind: 'default' }];
  if (bucket.accelerate) list.push({ kind: 'accelerate' });
  for (const h of customDomains) list.push({ kind: 'custom', host: h });
  return list.map((value) => ({ value, host: host(value) }));
}
