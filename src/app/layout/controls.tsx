// The browse page's controls as native elements in antd's look (app.css): a button, a flex box, a notice
// (antd's Alert), a checkbox, a search field, a loading placeholder, a spinner, an empty state, a count badge
// and a hint. With them the first screen loads no antd at all: antd's versions bring its theme, its CSS-in-JS
// runtime and their components onto the first load (measured: BENCHMARKS.md §6). The lazy screens still use
// antd's, inside AntdScope (layout/antd-scope.tsx).
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
  SearchOutlined,
} from '@ant-design/icons';
import {
  cloneElement,
  type ButtonHTMLAttributes,
  type CSSProperties,
  type HTMLAttributes,
  useEffect,
  useId,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';

type ButtonKind = 'default' | 'primary' | 'text';

/** The classes of a button of this kind and size (also for a link drawn as a button). */
export function buttonClass(o: { type?: ButtonKind; size?: 'small' | 'middle' } = {}): string {
  return ['native-btn', `native-btn-${o.type ?? 'default'}`, o.size === 'small' && 'native-btn-small']
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  /** antd's button types the first screen uses */
  type?: ButtonKind;
  size?: 'small' | 'middle';
  icon?: ReactNode;
  /** a spinner instead of the icon; clicks are ignored meanwhile (as antd's) */
  loading?: boolean;
};

export function Button({
  type,
  size,
  icon,
  loading = false,
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const hasText = children !== undefined && children !== null && children !== false;
  return (
    <button
      type="button"
      {...rest}
      aria-busy={loading || undefined}
      className={[buttonClass({ type, size }), !hasText && 'native-btn-icon-only', className]
        .filter(Boolean)
        .join(' ')}
      onClick={loading ? undefined : onClick}
    >
      {loading ? <span className="native-btn-spinner" aria-hidden="true" /> : icon}
      {hasText && <span>{children}</span>}
    </button>
  );
}

type FlexProps = HTMLAttributes<HTMLDivElement> & {
  vertical?: boolean;
  gap?: number;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
  wrap?: boolean;
};

/** A flex box (antd's Flex, with the props the first screen uses). */
export function Flex({ vertical = false, gap, align, justify, wrap = false, style, ...rest }: FlexProps) {
  return (
    <div
      {...rest}
      style={{
        display: 'flex',
        flexDirection: vertical ? 'column' : 'row',
        gap,
        alignItems: align,
        justifyContent: justify,
        flexWrap: wrap ? 'wrap' : 'nowrap',
        ...style,
      }}
    />
  );
}

const NOTICE_ICONS = {
  info: InfoCircleFilled,
  success: CheckCircleFilled,
  warning: ExclamationCircleFilled,
  error: CloseCircleFilled,
} as const;

/** A message box in antd's Alert look: icon, title, optional description, an action at its end. */
export function Notice({
  type,
  title,
  description,
  action,
  role = 'alert',
  style,
}: {
  type: keyof typeof NOTICE_ICONS;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  role?: string;
  style?: CSSProperties;
}) {
  const Icon = NOTICE_ICONS[type];
  return (
    <div
      role={role}
      style={style}
      className={['notice', `notice-${type}`, description !== undefined && 'notice-with-description']
        .filter(Boolean)
        .join(' ')}
    >
      <Icon aria-hidden className="notice-icon" />
      <div className="notice-content">
        <div className="notice-title">{title}</div>
        {description !== undefined && <div className="notice-description">{description}</div>}
      </div>
      {action !== undefined && <div className="notice-action">{action}</div>}
    </div>
  );
}

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
