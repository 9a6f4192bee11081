// A folder or object name drawn so it cannot mislead: hidden characters (bidi overrides, zero-width,
// controls) as visible markers in logical order (core/format/visible-key), and an empty or blank name
// (a folder from keys like `a//b`) as a label, so its link has something to click.
import type { CSSProperties } from 'react';
import { hasHiddenCharacters, visibleKeyParts, visibleKeyText } from '../../../core/format/visible-key';
import type { Translate } from '../../../i18n/use-t';

const markerStyle: CSSProperties = {
  display: 'inline-block',
  margin: '0 1px',
  padding: '0 3px',
  border: '1px solid #d46b08',
  borderRadius: 3,
  background: '#fff7e6',
  color: '#ad4e00',
  fontSize: '0.75em',
  fontWeight: 600,
  lineHeight: 1.4,
  verticalAlign: 'baseline',
};

// italic, in the link's own colour: a label, not a name, yet as clickable as any folder
const labelStyle: CSSProperties = { fontStyle: 'italic' };

/** Spaces only (hidden characters aside, which get markers): nothing a reader would see. */
const isBlank = (name: string) => name.trim() === '' && !hasHiddenCharacters(name);

/** The name as plain text (titles, aria labels): markers written out, a label for an empty name. */
export function visibleNameText(t: Translate, name: string): string {
  if (name === '') return t('browse.emptyName');
  if (isBlank(name)) return t('browse.blankName', { count: name.length });
  return visibleKeyText(name);
}

export function VisibleName({ name, t }: { name: string; t: Translate }) {
  if (name === '' || isBlank(name)) return <span style={labelStyle}>{visibleNameText(t, name)}</span>;
  return (
    // isolate: a right-to-left name cannot reorder the text around it either
    <span style={{ unicodeBidi: 'isolate' }}>
      {visibleKeyParts(name).map((p, i) =>
        p.kind === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <abbr
            key={i}
            data-testid="hidden-character"
            title={t('browse.hiddenChar', { code: p.code, label: p.label })}
            style={markerStyle}
          >
            {p.label}
          </abbr>
        ),
      )}
    </span>
  );
}
