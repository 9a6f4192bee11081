import { useEffect, useState } from 'react';
import type { BucketConnection } from './bucket-connection';
import type { Connection } from './connection-context';

/**
 * The bucket's connection, made in an effect: its credentials manager is created on first use and must
 * not be created during render (a render may be thrown away, its manager never disposed). One that exists
 * already (preloaded by the entry for a folder's link, or made by an earlier page) is there from the first
 * render: the page draws its listing at once instead of a loading state and a second pass.
 */
export function useBucketConnection(
  connection: Extract<Connection, { status: 'ready' }>,
  bucket: string,
): BucketConnection | undefined {
  const [made, setMade] = useState(() => connection.preparedBucket(bucket));
  useEffect(() => {
    const made = connection.bucket(bucket);
    // every page of a bucket starts by signing a request: ask the broker now, while the page renders (the
    // listing's own call joins this request); a failure is shown by that call, not here
    made.credentials.ensure().catch(() => undefined);
    setMade(made);
  }, [connection, bucket]);
  return made?.name === bucket ? made : undefined;
}
