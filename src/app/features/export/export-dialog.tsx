// Export URL list: what (selection, folder, search results, or a list to re-sign), the link options of
// Copy File URL, the file's format and columns, then progress, cancel and the summary. The work itself is
// src/export's; this component only gathers choices and shows what happens.
import { Button, Form, Modal, Radio, Space, Tabs } from 'antd';
import { memo, useEffect, useMemo, useState } from 'react';
import type { LinkOptions } from '../../../core/link/link-options';
import { URL_LIST_COLUMNS, URL_LIST_MIME } from '../../../core/url-list/url-list-format';
import { createBlobSink, downloadBlob, pickFileSink, type ExportSink } from '../../../export/export-sink';
import type { ExportSelection, ExportSource } from '../../../export/export-source';
import { prewarmExportWorkers, type ExportInput } from '../../../export/export-job';
import { readResignList } from '../../../export/key-list';
import { useT } from '../../../i18n/use-t';
import type { OssClient } from '../../../oss/oss-client';
import { FACTORY_LINK_DEFAULTS, useLinkDefaults, useSettingsActions } from '../../../state/settings-store';
import { LastOptionsNote, differsFromFactory } from '../../link/last-options-note';
import { useValidityInput } from '../../link/use-validity-input';
import type { BucketConnection } from '../../connection/bucket-connection';
import { useReadyConnection } from '../../connection/connection-context';
import { LinkOptionsForm } from '../../link/link-options-form';
import { domainOptions } from '../../connection/domain-options';
import { useCustomDomains } from '../../connection/use-custom-domains';
import { filterFileTag } from '../../../core/filter/filter-tag';
import { ExportFilters } from './export-filters';
import { EXTENSION, ExportOptionsForm, withFilterTag, type ExportFileOptions } from './export-options';
import { ExportStatus, type AppliedFilters } from './export-status';
import { EMPTY_FILTER_DRAFT, readFilterDraft, type FilterDraft } from './filter-draft';
import { ResignList } from './resign-list';
import { pagePresigners } from '../../../workers/page-presigners';
import {
  createProgressChannel,
  useChannelProgress,
  useExportRun,
  type ExportRunState,
  type ProgressChannel,
} from './use-export-run';

export interface ExportDialogProps {
  bucket: BucketConnection;
  /** lists and heads for the export (the browse page's client) */
  client: OssClient;
  prefix: string;
  search: string;
  selection?: ExportSelection | undefined;
  open: boolean;
  onClose(): void;
}

type What = 'selection' | 'prefix' | 'search';

function defaultFileName(bucket: string, prefix: string): string {
  const place = prefix.replace(/\/$/, '').replace(/[/\\]/g, '-');
  return `${bucket}${place ? `-${place}` : ''}-urls.csv`;
}

export function ExportDialog({
  bucket,
  client,
  prefix,
  search,
  selection,
  open,
  onClose,
}: ExportDialogProps) {
  const t = useT();
  const connection = useReadyConnection();
  // the signing workers start while the operator chooses: Start finds them loaded and compiled
  useEffect(() => {
    if (open) prewarmExportWorkers();
  }, [open]);
  // the workers make their own signing cores; these sign on the page where workers cannot run
  const [presigners] = useState(() =>
    pagePresigners({ oss: connection.presigner, cos: connection.cosPresigner }),
  );
  const defaults = useLinkDefaults();
  const customDomains = useCustomDomains(bucket);
  const domains = useMemo(
    () => domainOptions(bucket, customDomains.hosts, customDomains.mappingOf),
    [bucket, customDomains],
  );
  const hasSelection = selection !== undefined && selection.keys.length + selection.prefixes.length > 0;
  const [tab, setTab] = useState<'export' | 'resign'>('export');
  const [what, setWhat] = useState<What>(hasSelection ? 'selection' : search ? 'search' : 'prefix');
  const [link, setLink] = useState<LinkOptions>(() => ({
    ...defaults,
    filename: undefined,
    domain: domains.some((d) => JSON.stringify(d.value) === JSON.stringify(defaults.domain))
      ? defaults.domain
      : { kind: 'default' },
  }));
  const [file, setFile] = useState<ExportFileOptions>({
    format: 'csv',
    columns: [...URL_LIST_COLUMNS],
    fileName: defaultFileName(bucket.name, prefix),
    verify: 'off',
  });
  const [filterDraft, setFilterDraft] = useState<FilterDraft>(EMPTY_FILTER_DRAFT);
  const filters = useMemo(() => readFilterDraft(filterDraft), [filterDraft]);
  const [applied, setApplied] = useState<AppliedFilters | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  // a loaded file wins over the text box until the box is edited again
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const resign = useMemo(
    () =>
      readResignList(loaded ?? pasted, {
        cloud: bucket.provider,
        name: bucket.name,
        endpoint: bucket.endpoint,
        customDomains: customDomains.hosts,
      }),
    [loaded, pasted, bucket.provider, bucket.name, bucket.endpoint, customDomains],
  );
  const resignKeys = resign.keys;
  const [progress] = useState(createProgressChannel);
  const run = useExportRun(progress);
  const running = run.state.phase === 'running';
  const validity = useValidityInput(defaults.validitySeconds);
  const { linkDefaultsReset } = useSettingsActions();
  const [fromLast, setFromLast] = useState(() => differsFromFactory(defaults));
  const resetOptions = () => {
    linkDefaultsReset();
    validity.chosen(FACTORY_LINK_DEFAULTS.validitySeconds);
    setLink({ ...FACTORY_LINK_DEFAULTS, filename: undefined });
    setFromLast(false);
  };
  const where = prefix || t('export.root');
  // filters narrow a listed export (a folder, or search results); selected objects are exported as chosen
  const filtered = tab === 'export' && what !== 'selection';
  const narrowing = filtered ? { filter: filters.filter, depth: filters.depth } : undefined;
  const fileName = withFilterTag(
    file.fileName,
    file.format,
    narrowing ? filterFileTag(narrowing.filter, narrowing.depth) : '',
  );

  const input = (): ExportInput => {
    if (tab === 'resign') return { kind: 'resign', keys: resignKeys };
    const source: ExportSource =
      what === 'selection' && selection
        ? { kind: 'selection', selection }
        : what === 'search'
          ? { kind: 'search', prefix, search, narrow: narrowing }
          : { kind: 'prefix', prefix, narrow: narrowing };
    return { kind: 'source', source };
  };

  const start = async () => {
    // "valid until": the seconds from this moment, not from when the field was filled in
    // (on the signing clock: the broker's, as the links are signed with it)
    const validitySeconds = validity.fresh(bucket.credentials.now());
    if (validitySeconds === undefined) return;
    const mime = URL_LIST_MIME[file.format];
    let sink: ExportSink | undefined;
    try {
      // first, while the click still counts as the operator's gesture
      sink = await pickFileSink(window, fileName, EXTENSION[file.format], mime);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      sink = undefined;
    }
    sink ??= createBlobSink(mime, (blob) => downloadBlob(document, blob, fileName));
    setApplied(narrowing && (narrowing.filter || narrowing.depth === 'folder') ? narrowing : undefined);
    await run.start({
      input: input(),
      plan: {
        cloud: bucket.provider,
        bucket: bucket.name,
        endpoint: bucket.endpoint,
        options: { ...link, validitySeconds, filename: undefined },
        format: file.format,
        columns: file.format === 'txt' ? ['url'] : file.columns,
      },
      verify: file.verify,
      oss: client,
      credentials: bucket.credentials,
      presigners,
      sink,
    });
  };

  const canStart =
    validity.settled !== undefined &&
    (tab === 'export' ? !filtered || filters.problems.length === 0 : resignKeys.length > 0);
  const footer = running ? (
    <Button danger onClick={run.cancel}>
      {t('export.cancel')}
    </Button>
  ) : (
    <Space>
      <Button onClick={onClose}>{t('common.close')}</Button>
      <Button type="primary" disabled={!canStart} onClick={() => void start()}>
        {t('export.start')}
      </Button>
    </Space>
  );

  return (
    <Modal
      open={open}
      title={t('export.title')}
      onCancel={running ? run.cancel : onClose}
      footer={footer}
      width={760}
      destroyOnHidden
      maskClosable={!running}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as 'export' | 'resign')}
          items={[
            {
              key: 'export',
              label: t('export.tab.export'),
              children: (
                <>
                  <Form layout="vertical" component="div">
                    <Form.Item label={t('export.what')}>
                      <Radio.Group
                        aria-label={t('export.what')}
                        value={what}
                        disabled={running}
                        onChange={(e) => setWhat(e.target.value as What)}
                      >
                        <Space orientation="vertical">
                          {hasSelection && (
                            <Radio value="selection">
                              {t('export.what.selection', {
                                objects: selection.keys.length,
                                folders: selection.prefixes.length,
                              })}
                            </Radio>
                          )}
                          <Radio value="prefix">{t('export.what.prefix', { prefix: where })}</Radio>
                          {search && (
                            <Radio value="search">{t('export.what.search', { search, prefix: where })}</Radio>
                          )}
                        </Space>
                      </Radio.Group>
                    </Form.Item>
                  </Form>
                  {filtered && (
                    <ExportFilters
                      draft={filterDraft}
                      reading={filters}
                      onChange={setFilterDraft}
                      prefix={prefix}
                      listPrefix={what === 'search' ? prefix + search : prefix}
                      client={client}
                      disabled={running}
                    />
                  )}
                </>
              ),
            },
            {
              key: 'resign',
              label: t('export.tab.resign'),
              children: (
                <ResignList
                  bucket={bucket.name}
                  pasted={pasted}
                  parsed={resign}
                  disabled={running}
                  onFile={setLoaded}
                  onPasted={(text) => {
                    setLoaded(undefined);
                    setPasted(text);
                  }}
                />
              ),
            },
          ]}
        />
        {fromLast && <LastOptionsNote onReset={resetOptions} />}
        <LinkOptionsForm
          provider={bucket.provider}
          draft={link}
          onChange={setLink}
          validity={validity}
          domains={domains}
          hideFilename
        />
        <ExportOptionsForm
          value={file}
          onChange={setFile}
          savedAs={fileName !== file.fileName ? fileName : undefined}
        />
        <LiveExportStatus state={run.state} progress={progress} applied={applied} />
      </Space>
    </Modal>
  );
}

/** The status with the run's progress as it comes: each frame re-renders this, not the dialog's forms. */
const LiveExportStatus = memo(function LiveExportStatus(props: {
  state: ExportRunState;
  progress: ProgressChannel;
  applied: AppliedFilters | undefined;
}) {
  const progress = useChannelProgress(props.progress);
  const state = props.state.phase === 'running' ? { ...props.state, progress } : props.state;
  return <ExportStatus state={state} applied={props.applied} />;
});
