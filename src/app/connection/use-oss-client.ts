import { useMemo } from 'react';
import type { OssClient } from '../../oss/oss-client';
import { bucketClient } from './bucket-access';
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
      return bucketClient(bucket, secure, { presigner, cosPresigner });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [bucket, secure, presigner, cosPresigner]);
}
