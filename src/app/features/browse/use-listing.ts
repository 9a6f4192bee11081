// One folder's listing as an infinite query (pages by continuation token), flattened into rows. A failed
// background refetch or next page keeps the rows on screen and says so in a toast.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import { objectQueries } from '../../../oss/object-queries';
import type { OssClient } from '../../../oss/oss-client';
import { describeFailure } from '../../errors/describe-failure';
import { useCloud } from '../../errors/cloud-context';
import { listingRows } from './listing-rows';
import { useToast } from '../../layout/toasts';

export function useListing(client: OssClient, prefix: string, search: string) {
  const query = useInfiniteQuery(objectQueries.list({ client, prefix, search }));
  const rows = useMemo(() => listingRows(query.data?.pages ?? [], prefix), [query.data, prefix]);
  useBackgroundFailureToast(query.isRefetchError || query.isFetchNextPageError ? query.error : undefined);
  return { query, rows };
}

function useBackgroundFailureToast(error: unknown) {
  const message = useToast();
  const t = useT();
  const language = useLanguage();
  const cloud = useCloud();
  useEffect(() => {
    if (error === undefined || error === null) return;
    const failure = describeFailure(error, language, { provider: cloud });
    void message.error(t('browse.refetchFailed', { message: failure.title }));
  }, [error, message, t, language, cloud]);
}
