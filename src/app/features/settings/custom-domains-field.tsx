// Custom domains: the broker's for the chosen bucket (read-only), and the operator's typed ones, each
// checked as a host name. A bad entry shows what is wrong and stays as typed.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import type { ConsoleConfig } from '../../../sts/console-config';
import { hostProblemText } from './host-problem';
import { settingsChecks, type SettingsFormValues } from './settings-form';

export function CustomDomainsField({ config }: { config: ConsoleConfig | undefined }) {
  const t = useT();
  const language = useLanguage();
  const form = Form.useFormInstance<SettingsFormValues>();
  const chosen = (Form.useWatch('bucket', form) ?? '').trim();
  const bucket = chosen || config?.defaultBucket || '';
  const fromBroker = config?.buckets.find((b) => b.name === bucket)?.customDomains ?? [];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 24px' }}>
      <legend style={{ fontSize: 14, marginBottom: 8, border: 0, color: 'rgba(0, 0, 0, 0.88)' }}>
        {t('settings.customDomains')}
      </legend>
      {config && bucket && (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          {fromBroker.length > 0 ? (
            <>
              <Typography.Text type="secondary">
                {t('settings.customDomains.fromBroker', { bucket })}
              </Typography.Text>
              <ul aria-label={t('settings.customDomains.fromBroker', { bucket })} style={inlineList}>
                {fromBroker.map((d) => (
                  <li key={d}>
                    <Tag>{d}</Tag>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Typography.Text type="secondary">
              {t('settings.customDomains.noneFromBroker', { bucket })}
            </Typography.Text>
          )}
        </Flex>
      )}
      <Typography.Text type="secondary">{t('settings.customDomains.typed')}</Typography.Text>
      <Form.List name="customDomains">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0} style={{ marginTop: 8 }}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  style={{ flex: 1 }}
                  validateTrigger={['onChange', 'onBlur']}
                  rules={[
                    {
                      validator: async (_, value: string | undefined) => {
                        const problem = settingsChecks.customDomain(value ?? '');
                        if (problem) throw new Error(hostProblemText(language, problem));
                      },
                    },
                  ]}
                >
                  <Input
                    aria-label={t('settings.customDomains.item', { index: i + 1 })}
                    placeholder="files.example.com"
                  />
                </Form.Item>
                <Button
                  aria-label={t('settings.customDomains.remove', { index: i + 1 })}
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add('')}
              style={{ alignSelf: 'start' }}
            >
              {t('settings.customDomains.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </fieldset>
  );
}

const inlineList = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 4,
  listStyle: 'none',
  margin: 0,
  padding: 0,
} as const;
