import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { domainMapping, type DomainMapping } from '../../core/endpoint/domain-mapping';
import { objectQueries } from '../../oss/object-queries';
import type { BucketConnection } from './bucket-connection';
import { useOssClient } from './use-oss-client';

export interface CustomDomains {
  /** the broker's, the operator's and those the bucket lists */
  hosts: string[];
  /** what is known of a host without probing it (core domainMapping) */
  mappingOf(host: string): DomainMapping;
  /** the bucket's CNAME list could be read */
  listed: boolean;
}

/**
 * The bucket's custom domains: the broker's and the operator's, plus those the bucket itself lists
 * (OSS ListCname, COS GET Bucket domain) when the credentials allow it — then an unmapped domain can be told apart from a mapped one.
 */
export function useCustomDomains(bucket: BucketConnection): CustomDomains {
  const client = useOssClient(bucket, bucket.secure);
  const listed = useQuery({
    ...objectQueries.cnames({ client: client as Exclude<typeof client, Error> }),
    enabled: !(client instanceof Error),
    retry: false,
  });
  return useMemo(() => {
    const fromBucket =
      listed.data === undefined || listed.data === null
        ? undefined
        : listed.data.filter((c) => c.status === undefined || /enabled/i.test(c.status)).map((c) => c.domain);
    return {
      hosts: [...new Set([...bucket.customDomains, ...(fromBucket ?? [])])],
      mappingOf: (host) => domainMapping(host, { fromBroker: bucket.brokerDomains, listed: fromBucket }),
      listed: fromBucket !== undefined,
    };
  }, [bucket.customDomains, bucket.brokerDomains, listed.data]);
}
