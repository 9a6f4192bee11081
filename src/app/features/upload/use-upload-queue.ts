// One upload queue per bucket connection, alive while the bucket is browsed (closing the upload drawer
// does not stop uploads). Finished files refresh the listing (react-query invalidation, batched).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { objectQueries } from '../../../oss/object-queries';
import type { OssClient } from '../../../oss/oss-client';
import { createCosUploadClient } from '../../../cos/cos-upload-client';
import { createUploadClient } from '../../../oss/upload-client';
import { createCheckpointStore } from '../../../upload/checkpoint-store';
import { UploadQueue, type Connectivity, type UploadQueueSnapshot } from '../../../upload/upload-queue';
import { diagnoseNetworkFailure } from '../../../oss/network-diagnosis';
import type { BucketConnection } from '../../connection/bucket-connection';

const REFRESH_DELAY_MS = 400;

const browserConnectivity: Connectivity = {
  isOnline: () => navigator.onLine,
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage: checkpoints live in memory for this session
  }
}

export function useUploadQueue(bucket: BucketConnection, client: OssClient, secure: boolean): UploadQueue {
  const queryClient = useQueryClient();
  const queue = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return new UploadQueue({
      client: (bucket.provider === 'cos' ? createCosUploadClient : createUploadClient)({
        bucket: bucket.name,
        endpoint: bucket.endpoint,
        secure,
        credentials: bucket.credentials,
      }),
      scope: `${client.origin}|${bucket.name}`,
      checkpoints: createCheckpointStore(localStorageOrUndefined()),
      connectivity: browserConnectivity,
      diagnose: (err) => diagnoseNetworkFailure(err, client.origin),
      onUploaded: () => {
        clearTimeout(timer);
        timer = setTimeout(
          () => void queryClient.invalidateQueries({ queryKey: objectQueries.lists(client) }),
          REFRESH_DELAY_MS,
        );
      },
    });
  }, [bucket, client, secure, queryClient]);
  // leaving the bucket stops uploads without giving them up: they resume from their checkpoints
  useEffect(() => () => queue.stop(), [queue]);
  return queue;
}

export function useUploadSnapshot(queue: UploadQueue): UploadQueueSnapshot {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
