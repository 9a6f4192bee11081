// The domains a bucket's links may use (default, accelerate, custom), for the URL panel and the export dialog.
import type { DomainMapping } from '../../core/endpoint/domain-mapping';
import type { DomainChoice } from '../../core/endpoint/resolve-object-origin';
import { objectOriginResolver } from '../../core/provider/object-origin';
import type { BucketConnection } from './bucket-connection';

export interface DomainOption {
  value: DomainChoice;
  /** host name shown to the operator (no port) */
  host: string;
  /** custom domains: whether it is known to serve this bucket */
  mapping?: DomainMapping | undefined;
}

/** The host name (no port) of the bucket's links on `domain`, by its cloud's rules; undefined if it has none. */
export function bucketHostName(bucket: BucketConnection, domain: DomainChoice): string | undefined {
  try {
    return objectOriginResolver(bucket.provider)(bucket.name, bucket.endpoint, domain, true).host.replace(
      /:\d+$/,
      '',
    );
  } catch {
    return undefined;
  }
}

export function domainOptions(
  bucket: BucketConnection,
  customDomains: readonly string[] = bucket.customDomains,
  mappingOf?: (host: string) => DomainMapping,
): DomainOption[] {
  const host = (d: DomainChoice) => bucketHostName(bucket, d) ?? (d.kind === 'custom' ? d.host : d.kind);
  const list: DomainChoice[] = [{ kind: 'default' }];
  if (bucket.accelerate) list.push({ kind: 'accelerate' });
  for (const h of customDomains) list.push({ kind: 'custom', host: h });
  return list.map((value) => ({
    value,
    host: host(value),
    ...(value.kind === 'custom' && mappingOf ? { mapping: mappingOf(value.host) } : {}),
  }));
}
