// Whether the broker's credentials for a bucket may write a key: from /config (actions and prefix), so the
// console can say so before anyone tries. 'unknown' when the broker does not describe the bucket (a bucket
// typed in Settings).
import type { BucketConnection } from '../../connection/bucket-connection';

export type UploadPermission = 'allowed' | 'denied' | 'unknown';

/** The action that lets a key be written, as each cloud's policy names it (RAM, CAM). */
const PUT_ACTION = { oss: 'oss:PutObject', cos: 'name/cos:PutObject' } as const;

export function uploadPermission(bucket: Pick<BucketConnection, 'entry'>, key: string): UploadPermission {
  const entry = bucket.entry;
  if (!entry) return 'unknown';
  if (!entry.upload || !entry.actions.includes(PUT_ACTION[entry.provider])) return 'denied';
  return key.startsWith(entry.uploadPrefix ?? entry.prefix) ? 'allowed' : 'denied';
}
