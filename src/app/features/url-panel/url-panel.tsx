// Copy File URL: one object's signed link with every option the OSS console has, the effective expiry
// (min of URL and credentials) and the warnings it lacks, plus a preview of what the recipient sees.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Divider, Drawer, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { defaultFilename } from '../../../core/disposition/content-disposition';
import { validateValidity } from '../../../core/expiry/validity';
import { guessContentType } from '../../../core/link/content-kind';
import type { LinkOptions } from '../../../core/link/link-options';
import { getLinkWarnings } from '../../../core/link/link-warnings';
import { useT } from '../../../i18n/use-t';
import { useLinkDefaults, useSettingsActions } from '../../../state/settings-store';
import type { BucketConnection } from '../../connection/bucket-connection';
import { useReadyConnection } from '../../connection/connection-context';
import { domainOptions } from '../../connection/domain-options';
import { useCustomDomains } from '../../connection/use-custom-domains';
import { LinkOptionsForm } from '../../link/link-options-form';
import { LinkPreview } from './link-preview';
import { LinkResult, LinkWarnings } from './link-result';
import { linkQueries } from '../../link/link-queries';

export interface ShareObject {
  key: string;
  size?: number | undefined;
  lastModified?: number | undefined;
  contentType?: string | undefined;
}

function validityProblem(seconds: number): string | undefined {
  try {
    validateValidity(seconds);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Probes the plain URL as ossbrowser does: public-read objects answer without a signature. */
function usePublicProbe(url: string | undefined) {
  return useQuery({
    queryKey: ['public-probe', url],
    queryFn: async ({ signal }) => {
      const res = await fetch(url!, {
        method: 'HEAD',
        signal,
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      return res.ok;
    },
    enabled: url !== undefined,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function UrlPanel({
  bucket,
  object,
  open,
  onClose,
}: {
  bucket: BucketConnection;
  object: ShareObject;
  open: boolean;
  onClose(): void;
}) {
  const t = useT();
  const connection = useReadyConnection();
  const defaults = useLinkDefaults();
  const { linkDefaultsChanged } = useSettingsActions();
  const customDomains = useCustomDomains(bucket);
  const domains = useMemo(() => domainOptions(bucket, customDomains), [bucket, customDomains]);
  const [draft, setDraft] = useState<LinkOptions>(() => ({
    ...defaults,
    domain: domains.some((d) => JSON.stringify(d.value) === JSON.stringify(defaults.domain))
      ? defaults.domain
      : { kind: 'default' },
  }));
  const validityError = validityProblem(draft.validitySeconds);
  const [options, setOptions] = useState<LinkOptions>(draft);
  useEffect(() => {
    if (validityError) return; // keep signing with the last good options; the field shows the problem
    setOptions(draft);
    linkDefaultsChanged({
      validitySeconds: draft.validitySeconds,
      secure: draft.secure,
      domain: draft.domain,
      disposition: draft.disposition,
      version: draft.version,
    });
  }, [draft, validityError, linkDefaultsChanged]);

  const link = useQuery({
    ...linkQueries.download(connection.presigner, bucket, object.key, options),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const probe = usePublicProbe(link.data?.plainUrl);
  const contentType = guessContentType(object.key, object.contentType);
  const name = object.key.replace(/\/$/, '').slice(object.key.replace(/\/$/, '').lastIndexOf('/') + 1);
  const warnings = link.data
    ? getLinkWarnings({
        key: object.key,
        contentType,
        hostKind: link.data.hostKind,
        customDomainMapped:
          options.domain.kind === 'custom' ? customDomains.includes(options.domain.host) : undefined,
        disposition: options.disposition,
        version: options.version,
        secure: options.secure,
        validitySeconds: options.validitySeconds,
        urlExpiresAt: link.data.urlExpiresAt,
        credentialsExpireAt: link.data.credentialsExpireAt,
      })
    : [];

  return (
    <Drawer open={open} onClose={onClose} width={760} title={t('urlPanel.title', { name })} destroyOnHidden>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
          {bucket.name}/{object.key}
        </Typography.Text>
        <LinkOptionsForm
          draft={draft}
          onChange={setDraft}
          domains={domains}
          validityError={validityError}
          filenamePlaceholder={defaultFilename(object.key)}
        />
        <Divider style={{ margin: 0 }} />
        {link.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={t('urlPanel.error', { message: String((link.error as Error).message) })}
          />
        )}
        {link.isPending && !link.data && (
          <Skeleton
            active
            paragraph={{ rows: 3 }}
            title={{ width: 120 }}
            aria-label={t('urlPanel.signing')}
          />
        )}
        {link.data && (
          <>
            <LinkResult link={link.data} isPublic={probe.data === true} />
            <LinkWarnings warnings={warnings} />
            <section aria-label={t('urlPanel.preview')}>
              <Typography.Title level={5}>{t('urlPanel.preview')}</Typography.Title>
              <LinkPreview
                url={link.data.previewUrl}
                objectKey={object.key}
                contentType={contentType}
                hostKind={link.data.hostKind}
                attachment={options.disposition === 'attachment'}
              />
            </section>
          </>
        )}
      </Space>
    </Drawer>
  );
}
