import { useMemo } from 'react';
import { createCosClient } from '../../cos/cos-client';
import { createOssClient, type OssClient } from '../../oss/oss-client';
import type { BucketConnection } from './bucket-connection';
import { useReadyConnection } from './connection-context';

/**
 * One storage client per bucket connection, for the bucket's cloud (OSS or COS, the same interface); a
 * bad bucket name or endpoint comes back as the Error to show.
 */
export function useOssClient(bucket: BucketConnection, secure: boolean): OssClient | Error {
  const { presigner, cosPresigner } = useReadyConnection();
  return useMemo(() => {
    try {
      const common = {
        bucket: bucket.name,
        endpoint: bucket.endpoint,
        secure,
        credentials: bucket.credentials,
      };
      return bucket.provider === 'cos'
        ? createCosClient({ ...common, presigner: cosPresigner() })
        : createOssClient({ ...common, presigner });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [bucket, secure, presigner, cosPresigner]);
}
