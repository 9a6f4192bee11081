// The Export dialog's filters (a folder or search export): name patterns to include and exclude, case,
// a size range, a last-modified range in local time (with its UTC equivalent), and how deep to go. Under
// them, how many objects of the first listed page match, before anything starts. The matching itself is
// the core's (compileExportFilter), the same predicate the workers apply to every page.
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { compileExportFilter } from '../../../core/filter/export-filter';
import { isFolderMarker } from '../../../core/listing/folder-path';
import { useT, type Translate } from '../../../i18n/use-t';
import type { OssClient } from '../../../oss/oss-client';
import { objectQueries } from '../../../oss/object-queries';
import { formatUtc } from '../../link/format-time';
import { failureSentence } from '../../errors/describe-failure';
import { useCloud } from '../../errors/cloud-context';
import { useLanguage } from '../../../state/settings-store';
import type { FilterDraft, FilterFieldProblem, FilterReading } from './filter-draft';

type Field = keyof FilterDraft;

function problemText(t: Translate, p: FilterFieldProblem): string {
  const q = p.problem;
  switch (q.code) {
    case 'size-reversed':
      return t('export.filter.problem.size-reversed');
    case 'date-reversed':
      return t('export.filter.problem.date-reversed');
    case 'too-large':
    case 'fraction':
      return t(`export.filter.problem.size.${q.code}`, { text: q.text });
    case 'unreadable':
      return p.field === 'minSize' || p.field === 'maxSize'
        ? t('export.filter.problem.size.unreadable', { text: q.text })
        : t('export.filter.problem.date.unreadable', { text: q.text });
    case 'invalid':
    case 'nonexistent':
      return t(`export.filter.problem.date.${q.code}`, { text: q.text });
  }
}

export interface ExportFiltersProps {
  draft: FilterDraft;
  reading: FilterReading;
  onChange(next: FilterDraft): void;
  /** the exported folder: patterns are read relative to it */
  prefix: string;
  /** what is listed: the folder, or folder + search */
  listPrefix: string;
  client: Pick<OssClient, 'listPage' | 'origin' | 'bucket'>;
  disabled?: boolean;
}

export function ExportFilters({
  draft,
  reading,
  onChange,
  prefix,
  listPrefix,
  client,
  disabled,
}: ExportFiltersProps) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<FilterDraft>) => onChange({ ...draft, ...patch });
  const problemOf = (field: Field) => reading.problems.find((p) => p.field === field);
  const item = (field: Field, label: string, help?: string) => {
    const p = problemOf(field);
    return {
      label,
      htmlFor: `${id}-${field}`,
      validateStatus: p ? ('error' as const) : undefined,
      help: p ? <span role="alert">{problemText(t, p)}</span> : help,
    };
  };
  const utcOf = (field: 'modifiedFrom' | 'modifiedBefore') => {
    const value = reading.filter?.[field];
    return value === undefined || problemOf(field)
      ? t('export.filter.localTime')
      : t('export.filter.utc', { utc: formatUtc(value) });
  };
  const where = prefix || '/';
  return (
    <section aria-label={t('export.filter.title')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('export.filter.title')}
      </Typography.Title>
      <Form layout="vertical" component="div" disabled={disabled}>
        <Form.Item label={t('export.filter.depth')}>
          <Radio.Group
            aria-label={t('export.filter.depth')}
            value={draft.depth}
            onChange={(e) => set({ depth: e.target.value as FilterDraft['depth'] })}
            options={[
              { value: 'subtree', label: t('export.filter.depth.subtree') },
              { value: 'folder', label: t('export.filter.depth.folder') },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item {...item('include', t('export.filter.include'))}>
              <Input.TextArea
                id={`${id}-include`}
                value={draft.include}
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder={'*.pdf\n2024/**/raw/*'}
                spellCheck={false}
                onChange={(e) => set({ include: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('exclude', t('export.filter.exclude'))}>
              <Input.TextArea
                id={`${id}-exclude`}
                value={draft.exclude}
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder={'draft-*\ntmp/**'}
                spellCheck={false}
                onChange={(e) => set({ exclude: e.target.value })}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('export.filter.patternHelp', { prefix: where })}
        </Typography.Paragraph>
        <Form.Item>
          <Checkbox
            checked={!draft.caseSensitive}
            onChange={(e) => set({ caseSensitive: !e.target.checked })}
          >
            {t('export.filter.ignoreCase')}
          </Checkbox>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} sm={6}>
            <Form.Item {...item('minSize', t('export.filter.minSize'))}>
              <Input
                id={`${id}-minSize`}
                value={draft.minSize}
                placeholder="1 KB"
                autoComplete="off"
                onChange={(e) => set({ minSize: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item {...item('maxSize', t('export.filter.maxSize'))}>
              <Input
                id={`${id}-maxSize`}
                value={draft.maxSize}
                placeholder="100 MB"
                autoComplete="off"
                onChange={(e) => set({ maxSize: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 30 }}>
              {t('export.filter.sizeHelp')}
            </Typography.Paragraph>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item {...item('modifiedFrom', t('export.filter.modifiedFrom'), utcOf('modifiedFrom'))}>
              <Input
                id={`${id}-modifiedFrom`}
                type="datetime-local"
                value={draft.modifiedFrom}
                onChange={(e) => set({ modifiedFrom: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              {...item('modifiedBefore', t('export.filter.modifiedBefore'), utcOf('modifiedBefore'))}
            >
              <Input
                id={`${id}-modifiedBefore`}
                type="datetime-local"
                value={draft.modifiedBefore}
                onChange={(e) => set({ modifiedBefore: e.target.value })}
              />
            </Form.Item>
          </Col>
        </Row>
        <FilterPreview reading={reading} prefix={prefix} listPrefix={listPrefix} client={client} />
      </Form>
    </section>
  );
}

function FilterPreview({
  reading,
  prefix,
  listPrefix,
  client,
}: Pick<ExportFiltersProps, 'reading' | 'prefix' | 'listPrefix' | 'client'>) {
  const t = useT();
  const language = useLanguage();
  const cloud = useCloud();
  const delimiter = reading.depth === 'folder' ? ('/' as const) : undefined;
  const page = useQuery(
    objectQueries.firstPage({ client: client as OssClient, prefix: listPrefix, delimiter }),
  );
  const counts = useMemo(() => {
    if (!page.data) return undefined;
    const objects = page.data.objects.filter((o) => !isFolderMarker(o.key));
    const keep = reading.filter ? compileExportFilter(reading.filter, prefix) : () => true;
    return { listed: objects.length, matched: objects.filter(keep).length, more: page.data.isTruncated };
  }, [page.data, reading.filter, prefix]);
  const text =
    reading.problems.length > 0
      ? t('export.filter.preview.fix')
      : page.isError
        ? t('export.filter.preview.failed', { reason: failureSentence(page.error, language, cloud) })
        : !counts
          ? t('export.filter.preview.loading')
          : t(counts.more ? 'export.filter.preview.first' : 'export.filter.preview.all', {
              listed: counts.listed,
              matched: counts.matched,
            });
  return (
    <Typography.Paragraph
      strong
      data-testid="filter-preview"
      aria-live="polite"
      style={{ margin: '4px 0 16px' }}
    >
      {text}
    </Typography.Paragraph>
  );
}
