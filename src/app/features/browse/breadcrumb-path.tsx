// The folder path as links: the bucket root first, then each folder. Names are shown as keyed, hidden
// characters as markers and an empty name (a folder from `a//b`) as a label, so every step can be clicked.
import { folderCrumbs } from '../../../core/listing/folder-path';
import { useT } from '../../../i18n/use-t';
import { Link } from '../../routing/link';
import { VisibleName, visibleNameText } from './visible-name';

const listStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 4,
  listStyle: 'none',
  margin: 0,
  padding: 0,
  fontSize: 15,
} as const;

export function BreadcrumbPath({ bucket, prefix }: { bucket: string; prefix: string }) {
  const t = useT();
  const steps = [
    { label: t('browse.root', { bucket }), prefix: '', name: undefined as string | undefined },
    ...folderCrumbs(prefix).map((c) => ({
      label: visibleNameText(t, c.name),
      prefix: c.prefix,
      name: c.name,
    })),
  ];
  return (
    <nav aria-label={t('browse.path')}>
      <ol style={listStyle}>
        {steps.map((step, i) => {
          const current = i === steps.length - 1;
          return (
            <li key={step.prefix} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              {i > 0 && (
                <span aria-hidden="true" style={{ color: 'rgba(0,0,0,0.45)' }}>
                  /
                </span>
              )}
              <Link
                to={{ name: 'browse', bucket, prefix: step.prefix, search: '' }}
                aria-current={current ? 'page' : undefined}
                style={{ whiteSpace: 'pre', fontWeight: current ? 600 : undefined }}
                title={step.name === undefined ? undefined : step.label}
              >
                {step.name === undefined ? step.label : <VisibleName name={step.name} t={t} />}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
