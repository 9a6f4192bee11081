// Whether a custom domain serves this bucket, from what is known: the broker's list (the bucket owner's
// word), the bucket's own CNAME list when the credentials may read it, or a probe through the domain.
export type DomainMapping = 'mapped' | 'unmapped' | 'unknown';

export interface DomainFacts {
  /** domains the broker names for the bucket */
  fromBroker: readonly string[];
  /** the bucket's ListCname answer (enabled entries), undefined when it could not be read */
  listed: readonly string[] | undefined;
  /** a probe's verdict for this domain (HEAD of the object through it), when one ran */
  probed?: 'mapped' | 'unmapped' | undefined;
}

export function domainMapping(host: string, facts: DomainFacts): DomainMapping {
  const h = host.toLowerCase();
  if (facts.fromBroker.some((d) => d.toLowerCase() === h)) return 'mapped';
  if (facts.listed !== undefined)
    return facts.listed.some((d) => d.toLowerCase() === h) ? 'mapped' : 'unmapped';
  return facts.probed ?? 'unknown';
}
