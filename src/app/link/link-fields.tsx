// Fields every signed link has, shared by download links (URL panel, export) and upload links:
// "Validity" (seconds or units, read strictly) with the 1 min / 1 h / 9 h presets, "HTTPS" and
// "Signature version".
import { Button, Form, Input, Radio, Space, Switch } from 'antd';
import type { ReactNode } from 'react';
import { VALIDITY_PRESETS } from '../../core/expiry/validity';
import type { SignatureVersion } from '../../core/presign';
import { useT } from '../../i18n/use-t';
import { useLanguage } from '../../state/settings-store';
import type { ValidityInput, ValidityMode } from './use-validity-input';
import { untilReadsAs, validityInputProblem, validityReadsAs } from './validity-text';

const PRESET_LABEL = {
  60: 'urlPanel.preset.1m',
  3600: 'urlPanel.preset.1h',
  32_400: 'urlPanel.preset.9h',
} as const satisfies Record<(typeof VALIDITY_PRESETS)[number]['seconds'], string>;

export function ValidityField({
  id,
  input,
  note,
}: {
  id: string;
  input: ValidityInput;
  /** shown right under the field: what the broker really granted, when it capped the link */
  note?: ReactNode;
}) {
  const t = useT();
  const language = useLanguage();
  const problem = validityInputProblem(input, t, language);
  const reads = validityReadsAs(input.reading, t, language);
  const help =
    problem ??
    (input.mode === 'until'
      ? [untilReadsAs(input, t), reads].filter(Boolean).join(' ')
      : (reads ?? t('urlPanel.validityHelp')));
  return (
    <Form.Item
      label={t('urlPanel.validity')}
      htmlFor={id}
      help={
        <span id={`${id}-help`} role={problem ? 'alert' : undefined} data-testid="validity-help">
          {help}
        </span>
      }
      validateStatus={problem ? 'error' : undefined}
      extra={note}
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Radio.Group
          size="small"
          aria-label={t('validity.mode')}
          value={input.mode}
          onChange={(e) => input.setMode(e.target.value as ValidityMode)}
          options={[
            { value: 'duration', label: t('validity.mode.duration') },
            { value: 'until', label: t('validity.mode.until') },
          ]}
        />
        {input.mode === 'duration' ? (
          <Space wrap>
            <Input
              id={id}
              value={input.text}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby={`${id}-help`}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => input.typed(e.target.value)}
              style={{ width: 140 }}
            />
            {VALIDITY_PRESETS.map((p) => (
              <Button
                key={p.seconds}
                size="small"
                type={input.settled === p.seconds ? 'primary' : 'default'}
                onClick={() => input.chosen(p.seconds)}
              >
                {t(PRESET_LABEL[p.seconds])}
              </Button>
            ))}
          </Space>
        ) : (
          <Input
            id={id}
            type="datetime-local"
            aria-label={t('validity.until.label')}
            value={input.untilText}
            autoComplete="off"
            aria-describedby={`${id}-help`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => input.typedUntil(e.target.value)}
            style={{ width: 240 }}
          />
        )}
      </Space>
    </Form.Item>
  );
}

export function HttpsAndVersionFields({
  id,
  secure,
  version,
  onChange,
  showVersion = true,
}: {
  id: string;
  secure: boolean;
  version: SignatureVersion;
  onChange(patch: { secure?: boolean; version?: SignatureVersion }): void;
  /** OSS has two signature versions; COS has one, and no choice is shown */
  showVersion?: boolean;
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
      {showVersion && (
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
      )}
    </Space>
  );
}
