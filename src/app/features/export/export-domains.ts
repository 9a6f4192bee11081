// The domains a bucket's links may use, as the URL panel lists them (default, accelerate, custom).
import type { DomainChoice } from '../../../core/endpoint/resolve-object-origin';
import { resolveObjectOrigin } from '../../../core/endpoint/resolve-object-origin';
import type { BucketConnection } from '../../connection/bucket-connection';
import type { DomainOption } from '../url-panel/link-options-form';

export function exportDomainOptions(bucket: BucketConnection): DomainOption[] {
  const host = (d: DomainChoice) => {
    try {
      return resolveObjectOrigin(bucket.name, bucket.endpoint, d, true).host.replace(/:\d+$/, '');
    } catch {
      return d.kind === 'custom' ? d.host : d.kind;
    }
  };
  const list: DomainChoice[] = [{ kind: 'default' }];
  if (bucket.accelerate) list.push({ kind: 'accelerate' });
  for (const h of bucket.customDomains) list.push({ kind: 'custom', host: h });
  return list.map((value) => ({ value, host: host(value) }));
}
