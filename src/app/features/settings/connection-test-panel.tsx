// "Test connection" with the values as typed: /config, then /sts; the result or the broker's message.
import { ApiOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import { describeFailure } from '../../errors/describe-failure';
import { ConnectionTestError, runConnectionTest } from './run-connection-test';
import type { SettingsFormValues } from './settings-form';

export function ConnectionTestPanel({ bootstrapUrl }: { bootstrapUrl: string | undefined }) {
  const t = useT();
  const language = useLanguage();
  const form = Form.useFormInstance<SettingsFormValues>();
  const test = useMutation({
    mutationFn: () => {
      const v = form.getFieldsValue(true) as SettingsFormValues;
      const brokerUrl = v.brokerUrl.trim() || bootstrapUrl || '';
      return runConnectionTest({
        brokerUrl,
        bucket: v.bucket.trim(),
        auth:
          v.brokerAuth === 'bearer'
            ? { kind: 'bearer', token: v.token.trim() }
            : v.brokerAuth === 'cookies'
              ? { kind: 'cookies' }
              : { kind: 'none' },
      });
    },
  });
  const time = (ms: number) => new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(ms);
  return (
    <Flex vertical gap={12}>
      <Button
        icon={<ApiOutlined aria-hidden />}
        onClick={() => test.mutate()}
        loading={test.isPending}
        style={{ alignSelf: 'start' }}
      >
        {test.isPending ? t('settings.testing') : t('settings.test')}
      </Button>
      {test.isSuccess && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('settings.test.ok')}
          description={
            <Flex vertical gap={2}>
              <span>
                {t('settings.test.config', {
                  mode: test.data.config.mode,
                  region: test.data.config.region,
                  endpoint: test.data.config.endpoint,
                  buckets: test.data.config.buckets.join(', '),
                })}
              </span>
              <span>
                {t('settings.test.sts', {
                  bucket: test.data.sts.bucket,
                  seconds: test.data.sts.grantedSeconds ?? '?',
                  time: time(test.data.sts.expiresAt),
                })}
              </span>
            </Flex>
          }
        />
      )}
      {test.isError && <TestFailure error={test.error} />}
    </Flex>
  );
}

function TestFailure({ error }: { error: unknown }) {
  const t = useT();
  const language = useLanguage();
  const step = error instanceof ConnectionTestError ? error.step : undefined;
  const failure = describeFailure(error instanceof ConnectionTestError ? error.failure : error, language);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('settings.test.failed')}
      description={
        <Flex vertical gap={2}>
          {step && <span>{t('settings.test.step', { step })}</span>}
          <span>{failure.title}</span>
          {failure.fix && <span>{failure.fix}</span>}
          {failure.requestId && <span>{t('common.requestId', { id: failure.requestId })}</span>}
        </Flex>
      }
    />
  );
}
