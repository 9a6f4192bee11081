// Copy File URL: one object's signed link with every option the OSS console has, the effective expiry
// (min of URL and credentials) and the warnings it lacks, plus a preview of what the recipient sees.
// The link in the action bar is always the one the form describes: none while a field is invalid or the
// link is being signed again (link-action-bar.tsx).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Divider, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { defaultFilename } from '../../../core/disposition/content-disposition';
import { guessContentType } from '../../../core/link/content-kind';
import type { LinkOptions } from '../../../core/link/link-options';
import { getLinkWarnings } from '../../../core/link/link-warnings';
import { useT } from '../../../i18n/use-t';
import {
  FACTORY_LINK_DEFAULTS,
  useLanguage,
  useLinkDefaults,
  useSettingsActions,
  type LinkDefaults,
} from '../../../state/settings-store';
import type { BucketConnection } from '../../connection/bucket-connection';
import { useReadyConnection } from '../../connection/connection-context';
import { domainOptions, type DomainOption } from '../../connection/domain-options';
import { useCustomDomains } from '../../connection/use-custom-domains';
import { CappedNote } from '../../link/capped-note';
import { LastOptionsNote, differsFromFactory } from '../../link/last-options-note';
import { LinkActionBar, type LinkState } from '../../link/link-action-bar';
import { LinkDrawer } from '../../link/link-drawer';
import { LinkOptionsForm } from '../../link/link-options-form';
import { linkQueries } from '../../link/link-queries';
import { useValidityInput } from '../../link/use-validity-input';
import { validityInputProblem } from '../../link/validity-text';
import { LinkPreview } from './link-preview';
import { LinkResult, LinkWarnings } from './link-result';
import { failureSentence } from '../../errors/describe-failure';

export interface ShareObject {
  key: string;
  size?: number | undefined;
  lastModified?: number | undefined;
  contentType?: string | undefined;
}

/**
 * Probes the plain URL, when the operator asks: public-read objects answer without a signature. Not
 * automatic: every private object would answer 403, and the browser logs each one as an error.
 */
function usePublicProbe(url: string | undefined, asked: boolean) {
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
    enabled: url !== undefined && asked,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

function draftFrom(defaults: LinkDefaults, domains: DomainOption[]): LinkOptions {
  return {
    ...defaults,
    domain: domains.some((d) => JSON.stringify(d.value) === JSON.stringify(defaults.domain))
      ? defaults.domain
      : { kind: 'default' },
  };
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
  const language = useLanguage();
  const cloud = bucket.provider;
  const connection = useReadyConnection();
  const defaults = useLinkDefaults();
  const { linkDefaultsChanged, linkDefaultsReset } = useSettingsActions();
  const customDomains = useCustomDomains(bucket);
  const [fromLast, setFromLast] = useState(() => differsFromFactory(defaults));
  const validity = useValidityInput(defaults.validitySeconds);
  const [draft, setDraft] = useState<LinkOptions>(() =>
    draftFrom(defaults, domainOptions(bucket, customDomains.hosts)),
  );
  const chosenCustom = draft.domain.kind === 'custom' ? draft.domain.host : undefined;
  const probe = useQuery({
    ...linkQueries.domainProbe(connection.presigner, bucket, object.key, chosenCustom ?? '', bucket.secure),
    // only when nothing else says whether the domain serves this bucket (an OSS probe: a signed HEAD)
    enabled:
      open &&
      bucket.provider === 'oss' &&
      chosenCustom !== undefined &&
      customDomains.mappingOf(chosenCustom) === 'unknown',
  });
  const mappingOf = (host: string) =>
    customDomains.mappingOf(host) === 'unknown' && host === chosenCustom && probe.data
      ? probe.data
      : customDomains.mappingOf(host);
  const domains = domainOptions(bucket, customDomains.hosts, mappingOf);
  const chosenMapping = chosenCustom === undefined ? undefined : mappingOf(chosenCustom);
  const options = useMemo<LinkOptions | undefined>(
    () => (validity.settled === undefined ? undefined : { ...draft, validitySeconds: validity.settled }),
    [draft, validity.settled],
  );
  useEffect(() => {
    if (!options) return;
    linkDefaultsChanged({
      validitySeconds: options.validitySeconds,
      secure: options.secure,
      domain: options.domain,
      disposition: options.disposition,
      version: options.version,
    });
  }, [options, linkDefaultsChanged]);

  const link = useQuery({
    ...linkQueries.download(connection, bucket, object.key, options ?? draft),
    enabled: open && options !== undefined,
    placeholderData: keepPreviousData,
  });
  // a link made for other options (the placeholder while the new one signs) is never offered
  const current = options && link.data && !link.isPlaceholderData ? link.data : undefined;
  const [probeAsked, setProbeAsked] = useState(false);
  const publicProbe = usePublicProbe(current?.plainUrl, probeAsked);
  const contentType = guessContentType(object.key, object.contentType);
  const name = object.key.replace(/\/$/, '').slice(object.key.replace(/\/$/, '').lastIndexOf('/') + 1);
  const warnings =
    current && options
      ? getLinkWarnings({
          provider: bucket.provider,
          key: object.key,
          contentType,
          hostKind: current.hostKind,
          customDomainMapped:
            chosenMapping === 'mapped' ? true : chosenMapping === 'unmapped' ? false : undefined,
          disposition: options.disposition,
          version: options.version,
          secure: options.secure,
          validitySeconds: options.validitySeconds,
          urlExpiresAt: current.urlExpiresAt,
          credentialsExpireAt: current.credentialsExpireAt,
          // said next to the validity field instead (CappedNote)
        }).filter((w) => w.code !== 'credentials-shorter')
      : [];
  const validityProblem = validityInputProblem(validity, t, language);
  const state: LinkState = validityProblem
    ? { kind: 'blocked', reason: validityProblem }
    : link.isError && !current
      ? { kind: 'failed', reason: failureSentence(link.error, language, cloud) }
      : current && !validity.changing
        ? { kind: 'ready', url: current.url }
        : { kind: 'updating' };

  const reset = () => {
    linkDefaultsReset();
    validity.chosen(FACTORY_LINK_DEFAULTS.validitySeconds);
    setDraft(draftFrom(FACTORY_LINK_DEFAULTS, domains));
    setFromLast(false);
  };

  return (
    <LinkDrawer
      open={open}
      onClose={onClose}
      title={t('urlPanel.title', { name })}
      actions={
        <LinkActionBar
          state={state}
          label={t('urlPanel.url')}
          confirmCopy={
            chosenMapping === 'unmapped'
              ? {
                  title: t('urlPanel.copyUnmapped.title'),
                  body: t('urlPanel.copyUnmapped.body', { host: chosenCustom! }),
                  ok: t('urlPanel.copyUnmapped.ok'),
                }
              : undefined
          }
          shorter={
            current?.v1Length !== undefined
              ? {
                  savedCharacters: current.url.length - current.v1Length,
                  use: () => setDraft({ ...draft, version: 'v1' }),
                }
              : undefined
          }
        />
      }
    >
      <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
        {bucket.name}/{object.key}
      </Typography.Text>
      {fromLast && <LastOptionsNote onReset={reset} />}
      <LinkOptionsForm
        provider={bucket.provider}
        draft={draft}
        onChange={setDraft}
        validity={validity}
        validityNote={
          current &&
          options && (
            <CappedNote
              facts={{
                askedSeconds: options.validitySeconds,
                grantedSeconds: current.grantedSeconds,
                urlExpiresAt: current.urlExpiresAt,
                effective: current.effective,
                signedAt: current.urlExpiresAt - options.validitySeconds * 1000,
              }}
            />
          )
        }
        domains={domains}
        filenamePlaceholder={defaultFilename(object.key)}
      />
      <Divider style={{ margin: 0 }} />
      {link.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('urlPanel.error', { message: failureSentence(link.error, language, cloud) })}
        />
      )}
      {current && options && (
        <>
          <LinkResult
            link={current}
            publicAccess={
              publicProbe.data === undefined
                ? publicProbe.isFetching
                  ? 'checking'
                  : 'unknown'
                : publicProbe.data
            }
            onCheckPublic={() => setProbeAsked(true)}
          />
          <LinkWarnings warnings={warnings} />
          <section aria-label={t('urlPanel.preview')}>
            <Typography.Title level={5}>{t('urlPanel.preview')}</Typography.Title>
            <LinkPreview
              url={current.previewUrl}
              objectKey={object.key}
              contentType={contentType}
              hostKind={current.hostKind}
              attachment={options.disposition === 'attachment'}
              provider={bucket.provider}
            />
          </section>
        </>
      )}
    </LinkDrawer>
  );
}
