import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { objectQueries } from '../../oss/object-queries';
import type { BucketConnection } from './bucket-connection';
import { useReadyConnection } from './connection-context';
import { useOssClient } from './use-oss-client';

/**
 * The bucket's custom domains: the broker's and the operator's, plus those the bucket itself lists
 * (ListCname) when the credentials allow it — then an unmapped domain can be told apart from a mapped one.
 */
export function useCustomDomains(bucket: BucketConnection): string[] {
  const connection = useReadyConnection();
  const client = useOssClient(bucket, connection.config.secure);
  const listed = useQuery({
    ...objectQueries.cnames({ client: client as Exclude<typeof client, Error> }),
    enabled: !(client instanceof Error),
    retry: false,
  });
  return useMemo(() => {
    const fromBucket = (listed.data ?? [])
      .filter((c) => c.status === undefined || /enabled/i.test(c.status))
      .map((c) => c.domain);
    return [...new Set([...bucket.customDomains, ...fromBucket])];
  }, [bucket.customDomains, listed.data]);
}
