// The upload link's options: target key (with {random}), the Content-Type and optional MD5 the uploader
// must send, validity, HTTPS, host (default or accelerate) and signature version.
import type { ProviderKind } from '../../../core/provider/link-provider';
import { AutoComplete, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import type { UploadLinkOptions } from '../../../core/upload/upload-link';
import { useT } from '../../../i18n/use-t';
import { HttpsAndVersionFields, ValidityField } from '../../link/link-fields';
import type { ValidityInput } from '../../link/use-validity-input';

export interface UploadLinkDraft extends UploadLinkOptions {
  keyTemplate: string;
}

export type UploadLinkField = 'key' | 'contentType' | 'contentMd5' | 'validity';

const COMMON_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/zip',
  'image/jpeg',
  'image/png',
  'text/csv',
  'text/plain; charset=utf-8',
  'video/mp4',
];

export function UploadLinkForm({
  draft,
  onChange,
  expandedKey,
  onNewRandom,
  onAddRandom,
  problems,
  accelerateHost,
  defaultHost,
  validity,
  validityNote,
  provider = 'oss',
}: {
  /** the bucket's cloud: COS has one signature, no version choice */
  provider?: ProviderKind;
  validity: ValidityInput;
  validityNote?: ReactNode;
  draft: UploadLinkDraft;
  onChange(next: UploadLinkDraft): void;
  expandedKey: string | undefined;
  onNewRandom(): void;
  onAddRandom(): void;
  problems: Partial<Record<UploadLinkField, string>>;
  accelerateHost: string | undefined;
  defaultHost: string;
}) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<UploadLinkDraft>) => onChange({ ...draft, ...patch });
  const status = (field: UploadLinkField) => (problems[field] ? 'error' : undefined);
  return (
    <Form layout="vertical" component="div">
      <Form.Item
        label={t('upload.link.key')}
        htmlFor={`${id}-key`}
        validateStatus={status('key')}
        help={problems.key ?? t('upload.link.keyHelp')}
      >
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id={`${id}-key`}
            value={draft.keyTemplate}
            onChange={(e) => set({ keyTemplate: e.target.value })}
            style={{ fontFamily: 'monospace' }}
          />
          <Button onClick={onAddRandom} disabled={draft.keyTemplate.includes('{random}')}>
            {t('upload.link.addRandom')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {expandedKey !== undefined && (
        <Typography.Paragraph>
          {t('upload.link.writesTo')}{' '}
          <Typography.Text code data-testid="upload-link-key" style={{ wordBreak: 'break-all' }}>
            {expandedKey}
          </Typography.Text>{' '}
          {draft.keyTemplate.includes('{random}') && (
            <Button size="small" type="link" onClick={onNewRandom}>
              {t('upload.link.newRandom')}
            </Button>
          )}
        </Typography.Paragraph>
      )}
      <Form.Item
        label={t('upload.link.contentType')}
        htmlFor={`${id}-type`}
        validateStatus={status('contentType')}
        help={problems.contentType ?? t('upload.link.contentTypeHelp')}
      >
        <AutoComplete
          id={`${id}-type`}
          value={draft.contentType}
          options={COMMON_TYPES.map((value) => ({ value }))}
          onChange={(contentType: string) => set({ contentType })}
          filterOption={false}
        />
      </Form.Item>
      <Form.Item
        label={t('upload.link.md5')}
        htmlFor={`${id}-md5`}
        validateStatus={status('contentMd5')}
        help={problems.contentMd5 ?? t('upload.link.md5Help')}
      >
        <Input
          id={`${id}-md5`}
          value={draft.contentMd5 ?? ''}
          onChange={(e) => set({ contentMd5: e.target.value })}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <ValidityField id={`${id}-validity`} input={validity} note={validityNote} />
      <HttpsAndVersionFields
        id={`${id}-https`}
        secure={draft.secure}
        version={draft.version}
        onChange={(patch) => set(patch)}
        showVersion={provider === 'oss'}
      />
      <Form.Item label={t('upload.link.host')}>
        <Radio.Group
          aria-label={t('upload.link.host')}
          value={draft.host}
          onChange={(e) => set({ host: e.target.value as UploadLinkOptions['host'] })}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={[
            {
              value: 'default',
              label: t(provider === 'oss' ? 'urlPanel.domain.default' : 'urlPanel.domain.defaultCos', {
                host: defaultHost,
              }),
            },
            ...(accelerateHost
              ? [
                  {
                    value: 'accelerate',
                    label: t(
                      provider === 'oss' ? 'urlPanel.domain.accelerate' : 'urlPanel.domain.accelerateCos',
                      {
                        host: accelerateHost,
                      },
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Form.Item>
    </Form>
  );
}
