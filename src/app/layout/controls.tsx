// The browse page's few controls as native elements in antd's look (app.css): a checkbox, a search
// field, a loading placeholder, a spinner, an empty state, a count badge and a hint. antd's versions bring its
// form machinery, input and animation code onto the first load; the lazy screens still use antd's.
import { SearchOutlined } from '@ant-design/icons';
import {
  cloneElement,
  useEffect,
  useId,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  indeterminate?: boolean;
  /** React reports a checkbox's change from its click: `shift` is the Shift key of that click */
  onChange(checked: boolean, shift: boolean): void;
};

export function Checkbox({ indeterminate = false, onChange, className, ...rest }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      {...rest}
      ref={ref}
      type="checkbox"
      className={['native-check', className].filter(Boolean).join(' ')}
      onChange={(e: ChangeEvent<HTMLInputElement>) =>
        onChange(e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)
      }
    />
  );
}

export function SearchInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <span className="native-search">
      <SearchOutlined aria-hidden className="native-search-icon" />
      <input {...props} type="search" />
    </span>
  );
}

/** Grey bars where a list will be; `label` is what a screen reader hears meanwhile. */
export function LoadingRows({ rows, label }: { rows: number; label: string }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="loading-rows">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="loading-row" />
      ))}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return <div role="status" aria-label={label} className="spinner" />;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/** A number over the top-right corner of what it wraps (0: nothing); the number is shown, not spoken. */
export function CountBadge({ count, children }: { count: number; children: ReactNode }) {
  return (
    <span className="count-badge-host">
      {children}
      {count > 0 && (
        <sup className="count-badge" aria-hidden="true">
          {count}
        </sup>
      )}
    </span>
  );
}

/**
 * A short hint over what it wraps, shown on hover and on keyboard focus inside (CSS), and tied to the
 * wrapped control as its description — so a screen reader reads it and a disabled control still says why.
 */
export function Hint({
  text,
  children,
}: {
  text: string | undefined;
  children: ReactElement<{ 'aria-describedby'?: string }>;
}) {
  const id = useId();
  if (text === undefined) return children;
  const described = children.props['aria-describedby'];
  return (
    <span className="hint-host">
      {cloneElement(children, { 'aria-describedby': described ? `${described} ${id}` : id })}
      <span role="tooltip" id={id} className="hint">
        {text}
      </span>
    </span>
  );
}
