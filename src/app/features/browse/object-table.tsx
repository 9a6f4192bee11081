// The folder listing as an ARIA table with virtual rows: only the rows in view (plus a margin) are in the
// DOM, so a 100k-object folder scrolls like a small one. Nearing the end loads the next page.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { visibleKeyText } from '../../../core/format/visible-key';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import {
  coveringPrefix,
  isEntrySelected,
  useBucketSelection,
  useSelectionActions,
} from '../../../state/selection-store';
import type { ListingRow } from './listing-rows';
import { ObjectRow, ROW_HEIGHT, rowStyle, type RowHandlers } from './object-row';
import { rangeBetween } from './selection-range';
import { Text } from '../../layout/text';
import { Button, Checkbox, Flex } from '../../layout/controls';

/** rows left below the view when the next page is asked for */
const PREFETCH_ROWS = 40;

interface Props {
  bucket: string;
  prefix: string;
  rows: ListingRow[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageFailed: boolean;
  fetchNextPage(): void;
  onShare(row: Extract<ListingRow, { kind: 'object' }>): void;
}

export function ObjectTable(props: Props) {
  const { bucket, prefix, rows, hasNextPage, isFetchingNextPage, nextPageFailed, fetchNextPage } = props;
  const t = useT();
  const language = useLanguage();
  const selection = useBucketSelection(bucket);
  const { entriesSelected, entriesDeselected } = useSelectionActions();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !nextPageFailed && lastIndex >= rows.length - PREFETCH_ROWS)
      fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, nextPageFailed, fetchNextPage]);

  // Handlers stay the same object across renders (rows re-render only when their own data changes).
  const latest = useRef({ rows, onShare: props.onShare, anchor: undefined as string | undefined });
  latest.current.rows = rows;
  latest.current.onShare = props.onShare;
  const handlers = useMemo<RowHandlers>(
    () => ({
      checked(row, checked, shift) {
        const range = shift ? rangeBetween(latest.current.rows, latest.current.anchor, row.key) : [row];
        if (checked) entriesSelected(bucket, range);
        else entriesDeselected(bucket, range);
        latest.current.anchor = row.key;
      },
      shared: (row) => latest.current.onShare(row),
    }),
    [bucket, entriesSelected, entriesDeselected],
  );

  const selectedCount = useMemo(
    () => rows.reduce((n, r) => (isEntrySelected(selection, r) ? n + 1 : n), 0),
    [rows, selection],
  );
  const allChanged = useCallback(
    (checked: boolean) => (checked ? entriesSelected(bucket, rows) : entriesDeselected(bucket, rows)),
    [bucket, rows, entriesSelected, entriesDeselected],
  );

  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }),
    [language],
  );
  const formatDate = useCallback((ms: number) => dateFormat.format(ms), [dateFormat]);

  return (
    <Flex vertical gap={8}>
      <div
        ref={scroller}
        id="object-list"
        role="region"
        aria-label={t('browse.scroller')}
        tabIndex={0}
        style={{
          height: 'calc(100vh - 340px)',
          minHeight: 320,
          overflow: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          background: '#fff',
        }}
      >
        <div
          role="table"
          aria-label={t('browse.table', { folder: prefix ? visibleKeyText(prefix) : '/' })}
          aria-rowcount={hasNextPage ? -1 : rows.length + 1}
          style={{ minWidth: 900 }}
        >
          <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1, background: '#fafafa' }}>
            <div role="row" aria-rowindex={1} style={{ ...rowStyle, fontWeight: 600 }}>
              <div role="columnheader">
                <Checkbox
                  aria-label={t('browse.selectAllLoaded')}
                  checked={rows.length > 0 && selectedCount === rows.length}
                  indeterminate={selectedCount > 0 && selectedCount < rows.length}
                  onChange={(checked) => allChanged(checked)}
                />
              </div>
              <div role="columnheader">{t('browse.col.name')}</div>
              <div role="columnheader" style={{ textAlign: 'right' }}>
                {t('browse.col.size')}
              </div>
              <div role="columnheader">{t('browse.col.modified')}</div>
              <div role="columnheader">{t('browse.col.type')}</div>
              <div role="columnheader">
                <span className="visually-hidden" style={visuallyHidden}>
                  {t('browse.col.actions')}
                </span>
              </div>
            </div>
          </div>
          <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <ObjectRow
                  key={row.key}
                  row={row}
                  index={item.index}
                  top={item.start}
                  bucket={bucket}
                  selected={isEntrySelected(selection, row)}
                  coveredBy={coveringPrefix(selection, row.key)}
                  handlers={handlers}
                  t={t}
                  language={language}
                  formatDate={formatDate}
                />
              );
            })}
          </div>
        </div>
      </div>
      <Flex align="center" gap={12} wrap>
        <Text tone="secondary" role="status">
          {hasNextPage
            ? `${t('browse.loaded', { count: rows.length })} · ${
                isFetchingNextPage ? t('browse.loadingMore') : t('browse.moreOnScroll')
              }`
            : t('browse.loadedAll', { count: rows.length })}
        </Text>
        {nextPageFailed && (
          <Text tone="danger" role="alert">
            {t('browse.loadMoreFailed')}
          </Text>
        )}
        {hasNextPage && !isFetchingNextPage && (
          <Button size="small" onClick={fetchNextPage}>
            {nextPageFailed ? t('common.retry') : t('browse.loadMore')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
