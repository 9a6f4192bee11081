// Fields every signed link has, shared by download links (URL panel, export) and upload links:
// "Validity (seconds)" with the 1 min / 1 h / 9 h presets, "HTTPS" and "Signature version".
import { Button, Form, InputNumber, Radio, Space, Switch } from 'antd';
import { VALIDITY_PRESETS } from '../../core/expiry/validity';
import type { SignatureVersion } from '../../core/presign';
import { useT } from '../../i18n/use-t';

const PRESET_LABEL = {
  60: 'urlPanel.preset.1m',
  3600: 'urlPanel.preset.1h',
  32_400: 'urlPanel.preset.9h',
} as const satisfies Record<(typeof VALIDITY_PRESETS)[number]['seconds'], string>;

export function ValidityField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: number;
  onChange(seconds: number): void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <Form.Item
      label={t('urlPanel.validity')}
      htmlFor={id}
      help={error ?? t('urlPanel.validityHelp')}
      validateStatus={error ? 'error' : undefined}
    >
      <Space wrap>
        <InputNumber
          id={id}
          // no min/max: antd would silently clamp on blur; the range is explained in the help text instead
          step={60}
          precision={0}
          value={value}
          onChange={(v) => onChange(v ?? Number.NaN)}
          style={{ width: 140 }}
        />
        {VALIDITY_PRESETS.map((p) => (
          <Button
            key={p.seconds}
            size="small"
            type={value === p.seconds ? 'primary' : 'default'}
            onClick={() => onChange(p.seconds)}
          >
            {t(PRESET_LABEL[p.seconds])}
          </Button>
        ))}
      </Space>
    </Form.Item>
  );
}

export function HttpsAndVersionFields({
  id,
  secure,
  version,
  onChange,
}: {
  id: string;
  secure: boolean;
  version: SignatureVersion;
  onChange(patch: { secure?: boolean; version?: SignatureVersion }): void;
}) {
  const t = useT();
  return (
    <Space size="large" wrap align="start">
      <Form.Item label={t('urlPanel.https')} htmlFor={id}>
        <Switch
          id={id}
          aria-label={t('urlPanel.https')}
          checked={secure}
          onChange={(s) => onChange({ secure: s })}
        />
      </Form.Item>
      <Form.Item label={t('urlPanel.version')}>
        <Radio.Group
          aria-label={t('urlPanel.version')}
          value={version}
          onChange={(e) => onChange({ version: e.target.value as SignatureVersion })}
          options={[
            { value: 'v4', label: 'V4' },
            { value: 'v1', label: 'V1' },
          ]}
        />
      </Form.Item>
    </Space>
  );
}
