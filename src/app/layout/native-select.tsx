// A plain <select> in antd's look: the header's language switch and the bucket picker need no search, no
// virtual list and no popup layer, and a native control is what every browser and screen reader knows —
// antd's Select would add about 26 KB (gzipped) to the first load for two short lists.
import type { CSSProperties } from 'react';

export interface NativeSelectProps<T extends string> {
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
  'aria-label': string;
  style?: CSSProperties;
  /** on the dark header */
  dark?: boolean;
}

export function NativeSelect<T extends string>({
  value,
  options,
  onChange,
  style,
  dark,
  ...rest
}: NativeSelectProps<T>) {
  return (
    <select
      aria-label={rest['aria-label']}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      style={{
        height: 32,
        padding: '0 8px',
        borderRadius: 6,
        border: `1px solid ${dark ? 'rgba(255,255,255,0.35)' : '#d9d9d9'}`,
        background: dark ? '#001529' : '#fff',
        color: dark ? '#fff' : 'rgba(0,0,0,0.88)',
        font: 'inherit',
        fontSize: 14,
        cursor: 'pointer',
        ...style,
      }}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
