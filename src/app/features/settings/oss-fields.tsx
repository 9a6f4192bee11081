// Region, bucket and hosts: empty fields use what the broker's /config says (shown as placeholders).
import { AutoComplete, Form, Input, Switch } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { ConsoleConfig } from '../../../sts/console-config';
import type { Language } from '../../../i18n/messages';
import { useLanguage } from '../../../state/settings-store';
import { CustomDomainsField } from './custom-domains-field';
import { hostProblemText } from './host-problem';
import { settingsChecks } from './settings-form';

const endpointRule = (language: Language) => ({
  validator: async (_: unknown, value: string | undefined) => {
    const problem = settingsChecks.endpoint(value ?? '');
    if (problem) throw new Error(hostProblemText(language, problem));
  },
});

export function OssFields({ config }: { config: ConsoleConfig | undefined }) {
  const t = useT();
  const language = useLanguage();
  const endpointHelp = t('settings.endpoint.help');
  const brokerHost = (host: string | undefined) =>
    host ? t('settings.endpoint.placeholder', { host }) : undefined;
  return (
    <>
      <Form.Item
        name="region"
        label={t('settings.region')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (settingsChecks.region(value ?? '')) throw new Error(t('settings.region.invalid'));
            },
          },
        ]}
      >
        <Input
          placeholder={config ? t('settings.region.placeholder', { region: config.region }) : undefined}
        />
      </Form.Item>
      <Form.Item
        name="bucket"
        label={t('settings.bucket')}
        extra={t('settings.bucket.help')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (settingsChecks.bucket(value ?? '')) throw new Error(t('settings.bucket.invalid'));
            },
          },
        ]}
      >
        <AutoComplete
          options={(config?.buckets ?? []).map((b) => ({ value: b.name }))}
          placeholder={
            config ? t('settings.bucket.placeholder', { bucket: config.defaultBucket }) : undefined
          }
          showSearch={{ filterOption: true }}
        />
      </Form.Item>
      <Form.Item
        name="endpoint"
        label={t('settings.endpoint')}
        extra={endpointHelp}
        rules={[endpointRule(language)]}
      >
        <Input placeholder={brokerHost(config?.endpoint)} />
      </Form.Item>
      <Form.Item
        name="httpsEndpoint"
        label={t('settings.httpsEndpoint')}
        extra={endpointHelp}
        rules={[endpointRule(language)]}
      >
        <Input placeholder={brokerHost(config?.httpsEndpoint)} />
      </Form.Item>
      <Form.Item
        name="accelerateEndpoint"
        label={t('settings.accelerateEndpoint')}
        extra={endpointHelp}
        rules={[endpointRule(language)]}
      >
        <Input placeholder={brokerHost(config?.accelerateEndpoint)} />
      </Form.Item>
      <CustomDomainsField config={config} />
      <Form.Item
        name="accelerate"
        label={t('settings.accelerate')}
        valuePropName="checked"
        extra={t('settings.accelerateHelp')}
      >
        <Switch aria-label={t('settings.accelerate')} />
      </Form.Item>
    </>
  );
}
