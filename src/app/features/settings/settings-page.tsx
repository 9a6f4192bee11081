// Settings: the connection (broker, authentication, region, bucket, hosts, custom domains, acceleration)
// and the language. Saved through the settings store (persisted, never a secret); the bearer token goes
// to the memory-only token store.
import { Button, Divider, Flex, Form, Select, Typography } from 'antd';
import { useMemo } from 'react';
import type { Language } from '../../../i18n/messages';
import { LANGUAGES } from '../../../i18n/messages';
import { useT } from '../../../i18n/use-t';
import { useBrokerToken, useBrokerTokenActions } from '../../../state/broker-token-store';
import { useConnectionSettings, useLanguage, useSettingsActions } from '../../../state/settings-store';
import { useConnection } from '../../connection/connection-context';
import { BrokerFields } from './broker-fields';
import { ConnectionTestPanel } from './connection-test-panel';
import { OssFields } from './oss-fields';
import { toConnectionSettings, toFormValues, type SettingsFormValues } from './settings-form';
import { useBootstrapBrokerUrl } from './use-bootstrap-broker-url';
import { useToast } from '../../layout/toasts';

const LANGUAGE_NAMES: Record<Language, string> = { 'en-US': 'English', 'zh-CN': '简体中文' };

export function SettingsPage() {
  const t = useT();
  const message = useToast();
  const connection = useConnection();
  const saved = useConnectionSettings();
  const token = useBrokerToken();
  const language = useLanguage();
  const { connectionSaved, languageChosen } = useSettingsActions();
  const { tokenEntered, tokenCleared } = useBrokerTokenActions();
  const bootstrapUrl = useBootstrapBrokerUrl();
  const [form] = Form.useForm<SettingsFormValues>();
  // The form starts from what is saved; later saves do not reset what the operator is typing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initialValues = useMemo(() => toFormValues(saved, token, language), []);
  const config = connection.status === 'ready' ? connection.config : undefined;

  const save = (values: SettingsFormValues) => {
    const all = { ...initialValues, ...form.getFieldsValue(true), ...values } as SettingsFormValues;
    connectionSaved(toConnectionSettings(all));
    if (all.brokerAuth === 'bearer') tokenEntered(all.token ?? '');
    else tokenCleared();
    languageChosen(all.language);
    void message.success(t('settings.saved'));
  };

  return (
    <Flex vertical gap={8} style={{ maxWidth: 760 }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Form<SettingsFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        onFinishFailed={() => void message.error(t('settings.invalid'))}
        requiredMark={false}
      >
        <Typography.Title level={3} style={sectionTitle}>
          {t('settings.section.broker')}
        </Typography.Title>
        <BrokerFields bootstrapUrl={bootstrapUrl} />
        <ConnectionTestPanel bootstrapUrl={bootstrapUrl} />
        <Divider />
        <Typography.Title level={3} style={sectionTitle}>
          {t('settings.section.oss')}
        </Typography.Title>
        <OssFields config={config} />
        <Divider />
        <Typography.Title level={3} style={sectionTitle}>
          {t('settings.section.console')}
        </Typography.Title>
        <Form.Item name="language" label={t('settings.language')}>
          <Select<Language>
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Flex>
  );
}

const sectionTitle = { fontSize: 18, marginTop: 8 } as const;
