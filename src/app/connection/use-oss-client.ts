import { useMemo } from 'react';
import { createOssClient, type OssClient } from '../../oss/oss-client';
import type { BucketConnection } from './bucket-connection';
import { useReadyConnection } from './connection-context';

/** One OSS client per bucket connection; a bad bucket name or endpoint comes back as the Error to show. */
export function useOssClient(bucket: BucketConnection, secure: boolean): OssClient | Error {
  const { presigner } = useReadyConnection();
  return useMemo(() => {
    try {
      return createOssClient({
        bucket: bucket.name,
        endpoint: bucket.endpoint,
        secure,
        credentials: bucket.credentials,
        presigner,
      });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [bucket, secure, presigner]);
}
