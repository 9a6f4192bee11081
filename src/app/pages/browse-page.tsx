// Browse: one folder of one bucket, named by the route (/b/<bucket>/<prefix>?q=<search>).
import { CloudContext } from '../errors/cloud-context';
import { ReloadOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/use-t';
import type { OssClient } from '../../oss/oss-client';
import type { Connection } from '../connection/connection-context';
import { useConnection } from '../connection/connection-context';
import { useBucketSelection } from '../../state/selection-store';
import type { BucketConnection } from '../connection/bucket-connection';
import { ExportButton } from '../features/export/export-button';
import { UploadButtons } from '../features/upload/upload-buttons';

import { BreadcrumbPath } from '../features/browse/breadcrumb-path';
import { BucketPicker } from '../features/browse/bucket-picker';
import { ConnectionGate } from '../features/browse/connection-gate';
import { ListingError } from '../features/browse/listing-error';
import { ObjectTable } from '../features/browse/object-table';
import { SearchBox } from '../features/browse/search-box';
import { SelectionToolbar } from '../features/browse/selection-toolbar';
import { useShareTarget, type ShareTarget } from '../features/browse/share-target';
import { useListing } from '../features/browse/use-listing';
import { useBucketConnection } from '../connection/use-bucket-connection';
import { useOssClient } from '../connection/use-oss-client';
import { Suspense, useMemo } from 'react';
import { lazyWithAntd } from '../layout/lazy-with-antd';
import { Heading, Text } from '../layout/text';
import { Button, EmptyState, Flex, LoadingRows } from '../layout/controls';

// the Share drawer (forms, preview, QR) loads when first opened, not with the browse page
const UrlPanel = lazyWithAntd(() => import('../features/url-panel/url-panel').then((m) => m.UrlPanel));

interface Place {
  bucket: string;
  prefix: string;
  search: string;
}

export function BrowsePage({ bucket, prefix, search }: Place) {
  const connection = useConnection();
  if (connection.status !== 'ready') return <ConnectionGate connection={connection} />;
  return (
    <BucketBrowser key={bucket} connection={connection} bucket={bucket} prefix={prefix} search={search} />
  );
}

function BucketBrowser({
  connection,
  bucket,
  prefix,
  search,
}: Place & { connection: Extract<Connection, { status: 'ready' }> }) {
  const t = useT();
  const bucketConnection = useBucketConnection(connection, bucket);
  if (!bucketConnection) return <LoadingRows rows={8} label={t('browse.loading')} />;
  return (
    <ConnectedBucket
      connection={connection}
      bucket={bucket}
      prefix={prefix}
      search={search}
      bucketConnection={bucketConnection}
    />
  );
}

function ConnectedBucket({
  connection,
  bucket,
  prefix,
  search,
  bucketConnection,
}: Place & { connection: Extract<Connection, { status: 'ready' }>; bucketConnection: BucketConnection }) {
  const t = useT();
  const client = useOssClient(bucketConnection, bucketConnection.secure);
  const { target, shareOpened, shareRequested, shareClosed } = useShareTarget();
  return (
    // every error text below reads in this bucket's cloud's words
    <CloudContext value={bucketConnection.provider}>
      <Flex vertical gap={16}>
        <Flex align="center" gap={16} wrap>
          <Heading level={2} style={{ margin: 0, fontSize: 22 }}>
            {t('browse.title', { bucket })}
          </Heading>
          <Text tone="secondary" data-testid="bucket-cloud">
            {t(`browse.cloud.${bucketConnection.provider}`)}
          </Text>
          <BucketPicker bucket={bucket} buckets={connection.config.buckets} />
        </Flex>
        <BreadcrumbPath bucket={bucket} prefix={prefix} />
        {client instanceof Error ? (
          <ListingError error={client} bucket={bucket} upload={false} onRetry={() => undefined} />
        ) : (
          <FolderListing
            client={client}
            bucket={bucket}
            prefix={prefix}
            search={search}
            bucketConnection={bucketConnection}
            secure={bucketConnection.secure}
            onShare={shareOpened}
            onShareUploaded={shareRequested}
          />
        )}
        {target && (
          <Suspense fallback={null}>
            <UrlPanel bucket={bucketConnection} object={target} open onClose={shareClosed} />
          </Suspense>
        )}
      </Flex>
    </CloudContext>
  );
}

/** Upload and upload links; a file just uploaded can be shared at once. */
function BucketUploadButtons({
  bucketConnection,
  client,
  secure,
  prefix,
  onShareUploaded,
}: {
  bucketConnection: BucketConnection;
  client: OssClient;
  secure: boolean;
  prefix: string;
  onShareUploaded(object: ShareTarget): void;
}) {
  return (
    <UploadButtons
      bucket={bucketConnection}
      client={client}
      secure={secure}
      prefix={prefix}
      onShare={(item) =>
        onShareUploaded({
          key: item.key,
          size: item.size,
          lastModified: Date.now(),
          contentType: item.contentType,
        })
      }
    />
  );
}

function FolderListing({
  client,
  bucket,
  prefix,
  search,
  bucketConnection,
  secure,
  onShare,
  onShareUploaded,
}: Place & {
  client: OssClient;
  bucketConnection: BucketConnection;
  secure: boolean;
  onShare: Parameters<typeof ObjectTable>[0]['onShare'];
  onShareUploaded(object: ShareTarget): void;
}) {
  const t = useT();
  const { query, rows } = useListing(client, prefix, search);
  const selection = useBucketSelection(bucket);
  const exportSelection = useMemo(
    () => ({ keys: [...selection.keys], prefixes: [...selection.prefixes] }),
    [selection],
  );
  const refresh = () => void query.refetch();
  return (
    <>
      <Flex align="center" gap={12} wrap>
        <SearchBox bucket={bucket} prefix={prefix} search={search} />
        <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh} loading={query.isRefetching}>
          {t('browse.refresh')}
        </Button>
        <ExportButton
          bucket={bucketConnection}
          client={client}
          prefix={prefix}
          search={search}
          selection={exportSelection}
        />
        <BucketUploadButtons
          bucketConnection={bucketConnection}
          client={client}
          secure={secure}
          prefix={prefix}
          onShareUploaded={onShareUploaded}
        />
      </Flex>
      <SelectionToolbar bucket={bucket} />
      {query.isPending ? (
        <LoadingRows rows={8} label={t('browse.loading')} />
      ) : query.isError && !query.data ? (
        <ListingError
          error={query.error}
          bucket={bucket}
          upload={bucketConnection.upload}
          onRetry={refresh}
        />
      ) : rows.length === 0 ? (
        <EmptyState>{search ? t('browse.emptySearch', { search }) : t('browse.empty')}</EmptyState>
      ) : (
        <ObjectTable
          bucket={bucket}
          prefix={prefix}
          rows={rows}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          nextPageFailed={query.isFetchNextPageError}
          fetchNextPage={() => void query.fetchNextPage()}
          onShare={onShare}
        />
      )}
    </>
  );
}
