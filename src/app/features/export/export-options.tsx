// The export's own options under the link options: format, columns, file name, verify.
import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { useId } from 'react';
import {
  URL_LIST_COLUMNS,
  type UrlListColumn,
  type UrlListFormat,
} from '../../../core/url-list/url-list-format';
import type { VerifyMode } from '../../../export/export-job';
import { useT } from '../../../i18n/use-t';

export interface ExportFileOptions {
  format: UrlListFormat;
  columns: UrlListColumn[];
  fileName: string;
  verify: VerifyMode;
}

export const EXTENSION: Record<UrlListFormat, string> = { csv: 'csv', txt: 'txt', jsonl: 'jsonl' };

export function withExtension(name: string, format: UrlListFormat): string {
  const base = name.trim().replace(/\.(csv|txt|jsonl)$/i, '') || 'urls';
  return `${base}.${EXTENSION[format]}`;
}

/** The file name with the filters' short tag (`-f-inc1-size`) before its extension, once. */
export function withFilterTag(name: string, format: UrlListFormat, tag: string): string {
  const full = withExtension(name, format);
  const base = full.slice(0, -(EXTENSION[format].length + 1));
  return tag === '' || base.endsWith(tag) ? full : `${base}${tag}.${EXTENSION[format]}`;
}

export function ExportOptionsForm({
  value,
  onChange,
  savedAs,
}: {
  value: ExportFileOptions;
  onChange(next: ExportFileOptions): void;
  /** the name the file will really get, when it differs from what was typed (filters add a tag) */
  savedAs?: string | undefined;
}) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<ExportFileOptions>) => onChange({ ...value, ...patch });
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('export.format')}>
        <Radio.Group
          aria-label={t('export.format')}
          value={value.format}
          onChange={(e) => {
            const format = e.target.value as UrlListFormat;
            set({ format, fileName: withExtension(value.fileName, format) });
          }}
          options={(['csv', 'txt', 'jsonl'] as const).map((f) => ({
            value: f,
            label: t(`export.format.${f}`),
          }))}
        />
      </Form.Item>
      {value.format !== 'txt' && (
        <Form.Item label={t('export.columns')}>
          <Checkbox.Group
            aria-label={t('export.columns')}
            value={value.columns}
            onChange={(v) => set({ columns: URL_LIST_COLUMNS.filter((c) => v.includes(c)) })}
            options={URL_LIST_COLUMNS.map((c) => ({ value: c, label: c, disabled: c === 'url' }))}
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('export.fileName')}
        htmlFor={`${id}-file`}
        help={savedAs ? t('export.fileName.saved', { name: savedAs }) : undefined}
      >
        <Input id={`${id}-file`} value={value.fileName} onChange={(e) => set({ fileName: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('export.verify')} htmlFor={`${id}-verify`}>
        <Select
          id={`${id}-verify`}
          aria-label={t('export.verify')}
          value={value.verify}
          onChange={(v: VerifyMode) => set({ verify: v })}
          style={{ width: 240 }}
          options={(['off', 'sample', 'all'] as const).map((v) => ({
            value: v,
            label: t(`export.verify.${v}`),
          }))}
        />
      </Form.Item>
    </Form>
  );
}
