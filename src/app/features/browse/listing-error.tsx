// A first-load failure, inline: what went wrong, the fix, OSS's RequestId, and for a CORS refusal the
// exact rule to add to the bucket, with a copy button.
import { useT } from '../../../i18n/use-t';
import { useLanguage } from '../../../state/settings-store';
import { CopyButton } from './copy-button';
import { describeFailure } from '../../errors/describe-failure';
import { useCloud } from '../../errors/cloud-context';
import { Heading, Paragraph, Text } from '../../layout/text';
import { Button, Flex, Notice } from '../../layout/controls';

export function ListingError({
  error,
  bucket,
  upload,
  onRetry,
}: {
  error: unknown;
  bucket: string;
  upload: boolean;
  onRetry(): void;
}) {
  const t = useT();
  const language = useLanguage();
  const cloud = useCloud();
  const failure = describeFailure(error, language, {
    consoleOrigin: window.location.origin,
    upload,
    provider: cloud,
  });
  return (
    <Flex vertical gap={16}>
      <Notice
        type="error"
        title={t('browse.error.title')}
        description={
          <Flex vertical gap={4}>
            <Text strong>{failure.title}</Text>
            {failure.fix && <Text>{failure.fix}</Text>}
            {failure.detail && failure.code && (
              <Text tone="secondary">
                {t(cloud === 'cos' ? 'browse.error.cosMessage' : 'browse.error.ossMessage', {
                  code: failure.code,
                  message: failure.detail,
                })}
              </Text>
            )}
            {failure.requestId && (
              <Flex gap={8} align="center" wrap>
                <Text tone="secondary">{t('common.requestId', { id: failure.requestId })}</Text>
                <CopyButton
                  size="small"
                  text={failure.requestId}
                  label={t('common.copyRequestId')}
                  done={t('common.requestIdCopied')}
                />
              </Flex>
            )}
          </Flex>
        }
        action={<Button onClick={onRetry}>{t('common.retry')}</Button>}
      />
      {failure.corsRule && (
        <section aria-labelledby="cors-rule-title">
          <Heading level={3} id="cors-rule-title" style={{ fontSize: 16 }}>
            {t(cloud === 'cos' ? 'browse.error.corsTitleCos' : 'browse.error.corsTitle', { bucket })}
          </Heading>
          <Paragraph>
            {t(cloud === 'cos' ? 'browse.error.corsHelpCos' : 'browse.error.corsHelp', { bucket })}
          </Paragraph>
          <pre
            tabIndex={0}
            style={{
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 8,
              padding: 12,
              overflow: 'auto',
              fontSize: 13,
            }}
          >
            {failure.corsRule.xml}
          </pre>
          <CopyButton
            text={failure.corsRule.xml}
            label={t('browse.error.copyRule')}
            done={t('browse.error.ruleCopied')}
          />
        </section>
      )}
    </Flex>
  );
}
