// One row of the listing: checkbox, name (a folder link or the object's share action), size, date, type.
// Plain elements styled in app.css, not antd's Button: a row is drawn tens of times per scroll step and on
// the first screen, where antd's per-instance hooks and styles cost the most.
import { FileOutlined, FolderOutlined, ShareAltOutlined } from '@ant-design/icons';
import type { CSSProperties } from 'react';
import { memo } from 'react';
import { formatByteSize } from '../../../core/format/byte-size';
import type { Language } from '../../../i18n/messages';
import type { Translate } from '../../../i18n/use-t';
import { Link } from '../../routing/link';
import type { ListingRow } from './listing-rows';
import { VisibleName, visibleNameText } from './visible-name';
import { Checkbox, Hint } from '../../layout/controls';

export const ROW_HEIGHT = 44;
export const GRID_COLUMNS = '48px minmax(200px, 1fr) 110px 210px 170px 112px';

export const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: GRID_COLUMNS,
  alignItems: 'center',
  // Size (right-aligned) and Last modified must not run into each other
  columnGap: 24,
  paddingInline: 8,
  height: ROW_HEIGHT,
  borderBottom: '1px solid #f0f0f0',
};

const nameStyle: CSSProperties = {
  whiteSpace: 'pre',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};

export interface RowHandlers {
  checked(row: ListingRow, checked: boolean, shift: boolean): void;
  shared(row: Extract<ListingRow, { kind: 'object' }>): void;
}

interface Props {
  row: ListingRow;
  index: number;
  top: number;
  bucket: string;
  selected: boolean;
  /** the selected folder that includes this row, if any */
  coveredBy: string | undefined;
  handlers: RowHandlers;
  t: Translate;
  language: Language;
  formatDate(ms: number): string;
}

export const ObjectRow = memo(function ObjectRow({
  row,
  index,
  top,
  bucket,
  selected,
  coveredBy,
  handlers,
  t,
  language,
  formatDate,
}: Props) {
  // names as text (labels, titles) with hidden characters written out: nothing on screen can mislead
  const nameText = visibleNameText(t, row.name);
  const keyText = visibleNameText(t, row.key);
  const checkLabel =
    row.kind === 'folder'
      ? t('browse.selectFolder', { name: nameText })
      : t('browse.selectObject', { name: nameText });
  const checkbox = (
    <Checkbox
      aria-label={checkLabel}
      checked={selected}
      disabled={coveredBy !== undefined}
      onChange={(checked, shift) => handlers.checked(row, checked, shift)}
    />
  );
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      style={{
        ...rowStyle,
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        transform: `translateY(${top}px)`,
        background: selected ? '#fff4ec' : undefined,
      }}
    >
      <div role="cell">
        {coveredBy === undefined ? (
          checkbox
        ) : (
          <Hint text={t('browse.includedWithFolder', { folder: coveredBy })}>{checkbox}</Hint>
        )}
      </div>
      <div role="cell" style={{ minWidth: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
        {row.kind === 'folder' ? (
          <>
            <FolderOutlined aria-hidden style={{ color: '#b34100' }} />
            <Link
              to={{ name: 'browse', bucket, prefix: row.key, search: '' }}
              style={nameStyle}
              title={keyText}
            >
              <VisibleName name={row.name} t={t} />
            </Link>
          </>
        ) : (
          <>
            <FileOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.45)' }} />
            <button type="button" className="row-name" onClick={() => handlers.shared(row)} title={keyText}>
              <span style={nameStyle}>
                <VisibleName name={row.name} t={t} />
              </span>
            </button>
          </>
        )}
      </div>
      <div role="cell" style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {row.kind === 'object' ? formatByteSize(row.size, language) : ''}
      </div>
      <div role="cell" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {row.kind === 'object' ? formatDate(row.lastModified) : ''}
      </div>
      <div role="cell" style={{ ...nameStyle, color: 'rgba(0,0,0,0.65)' }}>
        {row.kind === 'object' ? row.contentType : t('browse.folderType')}
      </div>
      <div role="cell">
        {row.kind === 'object' && (
          <button type="button" className="row-share" onClick={() => handlers.shared(row)}>
            <ShareAltOutlined aria-hidden />
            {t('browse.share')}
          </button>
        )}
      </div>
    </div>
  );
});
