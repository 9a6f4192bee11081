// The link options of the URL panel (the export dialog reuses it). Controls carry the accessible names
// tests and screen readers use: "Validity (seconds)", "HTTPS", "Domain", "Disposition", "Signature version".
import { Button, Collapse, Form, Input, InputNumber, Radio, Space, Switch } from 'antd';
import { useId, type ReactNode } from 'react';
import type { DomainChoice } from '../../core/endpoint/resolve-object-origin';
import type { LinkOptions } from '../../core/link/link-options';
import type { ProviderKind } from '../../core/provider/link-provider';
import { useT } from '../../i18n/use-t';
import type { DomainOption } from '../connection/domain-options';
import { HttpsAndVersionFields, ValidityField } from './link-fields';
import type { ValidityInput } from './use-validity-input';

export type { DomainOption } from '../connection/domain-options';

const domainKey = (d: DomainChoice) => (d.kind === 'custom' ? `custom:${d.host}` : d.kind);
export interface LinkOptionsFormProps {
  /** every option but the validity (that one is `validity`, as typed) */
  draft: LinkOptions;
  onChange(next: LinkOptions): void;
  validity: ValidityInput;
  /** under the validity field: what the broker really granted */
  validityNote?: ReactNode;
  domains: DomainOption[];
  filenamePlaceholder?: string;
  /** hide the per-object file name (export names each file after its key) */
  hideFilename?: boolean;
  /** the bucket's cloud: OSS-only options (signature version, image processing, source bindings) are not shown on COS */
  provider?: ProviderKind;
}

/** "Resize for preview (800 px wide)" in each cloud's image-processing syntax */
const OSS_RESIZE = 'image/resize,w_800';
const COS_RESIZE = 'imageMogr2/thumbnail/800x';

export function LinkOptionsForm({
  draft,
  onChange,
  domains,
  filenamePlaceholder,
  validity,
  validityNote,
  hideFilename,
  provider = 'oss',
}: LinkOptionsFormProps) {
  const t = useT();
  const oss = provider === 'oss';
  const id = useId();
  const set = (patch: Partial<LinkOptions>) => onChange({ ...draft, ...patch });
  const text = (v: string) => (v === '' ? undefined : v);
  const optionalNumber = (v: number | null) => (v === null ? undefined : v);
  return (
    <Form layout="vertical" component="div">
      <ValidityField id={`${id}-validity`} input={validity} note={validityNote} />
      <HttpsAndVersionFields
        id={`${id}-https`}
        secure={draft.secure}
        version={draft.version}
        onChange={(patch) => set(patch)}
        showVersion={oss}
      />
      <Form.Item label={t('urlPanel.domain')}>
        <Radio.Group
          aria-label={t('urlPanel.domain')}
          value={domainKey(draft.domain)}
          onChange={(e) =>
            set({
              domain: domains.find((d) => domainKey(d.value) === e.target.value)?.value ?? {
                kind: 'default',
              },
            })
          }
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={domains.map((d) => ({
            value: domainKey(d.value),
            label:
              d.value.kind === 'default'
                ? t(oss ? 'urlPanel.domain.default' : 'urlPanel.domain.defaultCos', { host: d.host })
                : d.value.kind === 'accelerate'
                  ? t(oss ? 'urlPanel.domain.accelerate' : 'urlPanel.domain.accelerateCos', { host: d.host })
                  : d.mapping === 'unmapped'
                    ? t('urlPanel.domain.customUnmapped', { host: d.host })
                    : t('urlPanel.domain.custom', { host: d.host }),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('urlPanel.disposition')}>
        <Radio.Group
          aria-label={t('urlPanel.disposition')}
          value={draft.disposition}
          onChange={(e) => set({ disposition: e.target.value as LinkOptions['disposition'] })}
          options={[
            { value: 'inline', label: t('urlPanel.disposition.inline') },
            { value: 'attachment', label: t('urlPanel.disposition.attachment') },
          ]}
        />
      </Form.Item>
      {!hideFilename && (
        <Form.Item
          label={t('urlPanel.filename')}
          htmlFor={`${id}-filename`}
          help={t('urlPanel.filenameHelp')}
        >
          <Input
            id={`${id}-filename`}
            value={draft.filename ?? ''}
            placeholder={filenamePlaceholder}
            onChange={(e) => set({ filename: text(e.target.value) })}
          />
        </Form.Item>
      )}
      <Collapse
        size="small"
        items={[
          {
            key: 'advanced',
            label: t('urlPanel.advanced'),
            children: (
              <>
                <Form.Item label={t('urlPanel.responseContentType')} htmlFor={`${id}-rct`}>
                  <Input
                    id={`${id}-rct`}
                    value={draft.responseContentType ?? ''}
                    placeholder="text/plain; charset=utf-8"
                    onChange={(e) => set({ responseContentType: text(e.target.value) })}
                  />
                </Form.Item>
                {/* each cloud's image processing: OSS x-oss-process, COS Cloud Infinite (imageMogr2/…) */}
                <Form.Item
                  label={t(oss ? 'urlPanel.process' : 'urlPanel.processCos')}
                  htmlFor={`${id}-process`}
                >
                  <Space.Compact style={{ width: '100%' }}>
                    <Input
                      id={`${id}-process`}
                      value={draft.process ?? ''}
                      placeholder={oss ? OSS_RESIZE : COS_RESIZE}
                      onChange={(e) => set({ process: text(e.target.value) })}
                    />
                    <Button onClick={() => set({ process: oss ? OSS_RESIZE : COS_RESIZE })}>
                      {t('urlPanel.processPreset')}
                    </Button>
                  </Space.Compact>
                </Form.Item>
                <Form.Item label={t('urlPanel.trafficLimit')} htmlFor={`${id}-traffic`}>
                  <InputNumber
                    id={`${id}-traffic`}
                    min={819_200}
                    max={838_860_800}
                    precision={0}
                    value={draft.trafficLimit ?? null}
                    onChange={(v) => set({ trafficLimit: optionalNumber(v) })}
                    style={{ width: 200 }}
                  />
                </Form.Item>
                <Form.Item label={t('urlPanel.cacheControl')} htmlFor={`${id}-cc`}>
                  <Input
                    id={`${id}-cc`}
                    value={draft.responseCacheControl ?? ''}
                    placeholder="no-cache"
                    onChange={(e) => set({ responseCacheControl: text(e.target.value) })}
                  />
                </Form.Item>
                <Form.Item label={t('urlPanel.contentLanguage')} htmlFor={`${id}-cl`}>
                  <Input
                    id={`${id}-cl`}
                    value={draft.responseContentLanguage ?? ''}
                    placeholder="zh-CN"
                    onChange={(e) => set({ responseContentLanguage: text(e.target.value) })}
                  />
                </Form.Item>
                <Form.Item label={t('urlPanel.versionId')} htmlFor={`${id}-vid`}>
                  <Input
                    id={`${id}-vid`}
                    value={draft.versionId ?? ''}
                    onChange={(e) => set({ versionId: text(e.target.value) })}
                  />
                </Form.Item>
                {oss && (
                  <>
                    <Space wrap align="start">
                      <Form.Item label={t('urlPanel.sourceIp')} htmlFor={`${id}-ip`}>
                        <Input
                          id={`${id}-ip`}
                          value={draft.sourceIp ?? ''}
                          placeholder="203.0.113.7"
                          onChange={(e) => set({ sourceIp: text(e.target.value) })}
                        />
                      </Form.Item>
                      <Form.Item label={t('urlPanel.subnetMask')} htmlFor={`${id}-mask`}>
                        <InputNumber
                          id={`${id}-mask`}
                          min={0}
                          max={32}
                          precision={0}
                          value={draft.subnetMask ?? null}
                          onChange={(v) => set({ subnetMask: optionalNumber(v) })}
                        />
                      </Form.Item>
                      <Form.Item label={t('urlPanel.vpcId')} htmlFor={`${id}-vpc`}>
                        <Input
                          id={`${id}-vpc`}
                          value={draft.vpcId ?? ''}
                          placeholder="vpc-…"
                          onChange={(e) => set({ vpcId: text(e.target.value) })}
                        />
                      </Form.Item>
                    </Space>
                    <Form.Item label={t('urlPanel.forwardAllow')} htmlFor={`${id}-fwd`}>
                      <Switch
                        id={`${id}-fwd`}
                        aria-label={t('urlPanel.forwardAllow')}
                        checked={draft.forwardAllow ?? false}
                        onChange={(v) => set({ forwardAllow: v ? true : undefined })}
                      />
                    </Form.Item>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
    </Form>
  );
}
