// Where the broker is and how the console authenticates to it. The bearer token stays in memory.
import { Form, Input, Radio } from 'antd';
import { useT } from '../../../i18n/use-t';
import { settingsChecks, type SettingsFormValues } from './settings-form';

export function BrokerFields({ bootstrapUrl }: { bootstrapUrl: string | undefined }) {
  const t = useT();
  const form = Form.useFormInstance<SettingsFormValues>();
  const typed = (Form.useWatch('brokerUrl', form) ?? '').trim();
  const auth = Form.useWatch('brokerAuth', form);
  const inEffect = typed
    ? t('settings.brokerUrl.typed', { url: typed })
    : bootstrapUrl
      ? t('settings.brokerUrl.fromFile', { url: bootstrapUrl })
      : t('settings.brokerUrl.none');
  return (
    <>
      <Form.Item
        name="brokerUrl"
        label={t('settings.brokerUrl')}
        extra={<span data-testid="broker-in-effect">{inEffect}</span>}
        rules={[
          {
            validator: async (_, value: string) => {
              if (settingsChecks.brokerUrl(value ?? '')) throw new Error(t('settings.brokerUrl.invalid'));
            },
          },
        ]}
      >
        <Input placeholder={t('settings.brokerUrl.placeholder')} autoComplete="url" />
      </Form.Item>
      <Form.Item name="brokerAuth" label={t('settings.auth')}>
        <Radio.Group
          aria-label={t('settings.auth')}
          options={[
            { value: 'none', label: t('settings.auth.none') },
            { value: 'bearer', label: t('settings.auth.bearer') },
            { value: 'cookies', label: t('settings.auth.cookies') },
          ]}
        />
      </Form.Item>
      {auth === 'cookies' && (
        <p style={{ marginTop: -16, color: 'rgba(0,0,0,0.6)' }}>{t('settings.auth.cookiesHelp')}</p>
      )}
      {auth === 'bearer' && (
        <Form.Item
          name="token"
          label={t('settings.token')}
          extra={t('settings.token.help')}
          rules={[{ required: true, whitespace: true, message: t('settings.token.required') }]}
        >
          <Input.Password autoComplete="off" />
        </Form.Item>
      )}
    </>
  );
}
