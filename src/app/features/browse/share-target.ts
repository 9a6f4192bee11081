// Which object the URL panel is open for. Plain React state of the browse page: the panel stays open
// across credential retries and listing refetches, and closes when the operator leaves the bucket.
import { useCallback, useState } from 'react';
import type { ListingRow } from './listing-rows';

export interface ShareTarget {
  key: string;
  size: number;
  lastModified: number;
  contentType?: string;
}

export function useShareTarget() {
  const [target, setTarget] = useState<ShareTarget | undefined>();
  const shareOpened = useCallback((row: Extract<ListingRow, { kind: 'object' }>) => {
    // A listing does not carry the stored Content-Type: the panel guesses it from the key as OSS would.
    setTarget({ key: row.key, size: row.size, lastModified: row.lastModified });
  }, []);
  /** an object the listing may not show yet (just uploaded) */
  const shareRequested = useCallback((object: ShareTarget) => setTarget(object), []);
  const shareClosed = useCallback(() => setTarget(undefined), []);
  return { target, shareOpened, shareRequested, shareClosed };
}
