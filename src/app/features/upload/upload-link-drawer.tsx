// Upload link: a presigned PUT URL a third party uploads one file with, no console and no credentials of
// their own. Shows whether the bucket's credentials may write at all (from the broker's /config), warns
// that the link lets anyone overwrite the key until it expires, and hands out curl and fetch snippets.
import { Alert, Divider, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cosUploadTemplateFor } from '../../../core/provider/cos-link-provider';
import { CoreInputError } from '../../../core/errors/core-input-error';
import {
  RANDOM_BYTES_NEEDED,
  expandKeyTemplate,
  withRandomPlaceholder,
} from '../../../core/upload/key-template';
import { DEFAULT_UPLOAD_CONTENT_TYPE, uploadTemplateFor } from '../../../core/upload/upload-link';
import { useT } from '../../../i18n/use-t';
import { useLanguage, useLinkDefaults } from '../../../state/settings-store';
import type { BucketConnection } from '../../connection/bucket-connection';
import { bucketHostName } from '../../connection/domain-options';
import { useReadyConnection } from '../../connection/connection-context';
import { CappedNote } from '../../link/capped-note';
import { formatLocalTime } from '../../link/format-time';
import { LinkActionBar, type LinkState } from '../../link/link-action-bar';
import { LinkDrawer } from '../../link/link-drawer';
import { useValidityInput } from '../../link/use-validity-input';
import { validityInputProblem } from '../../link/validity-text';
import { UploadLinkForm, type UploadLinkDraft, type UploadLinkField } from './upload-link-form';
import { UploadLinkResult } from './upload-link-result';
import { uploadPermission } from './upload-permission';
import { linkQueries } from '../../link/link-queries';
import { failureSentence } from '../../errors/describe-failure';

const freshRandom = () => crypto.getRandomValues(new Uint8Array(RANDOM_BYTES_NEEDED));

function fieldOf(error: CoreInputError): UploadLinkField {
  if (error.code === 'CONTENT_TYPE_INVALID' || error.code === 'CONTENT_TYPE_EMPTY') return 'contentType';
  if (error.code === 'CONTENT_MD5_INVALID') return 'contentMd5';
  if (
    error.code === 'VALIDITY_OUT_OF_RANGE' ||
    error.code === 'VALIDITY_NOT_A_NUMBER' ||
    error.code === 'V4_EXPIRES_OUT_OF_RANGE' ||
    error.code === 'V1_EXPIRES_INVALID'
  )
    return 'validity';
  return 'key';
}

export function UploadLinkDrawer({
  bucket,
  prefix,
  open,
  onClose,
}: {
  bucket: BucketConnection;
  prefix: string;
  open: boolean;
  onClose(): void;
}) {
  const t = useT();
  const language = useLanguage();
  const cloud = bucket.provider;
  const connection = useReadyConnection();
  const defaults = useLinkDefaults();
  const [random, setRandom] = useState(freshRandom);
  const validity = useValidityInput(defaults.validitySeconds);
  const [draft, setDraft] = useState<UploadLinkDraft>(() => ({
    keyTemplate: `${prefix}{random}`,
    contentType: DEFAULT_UPLOAD_CONTENT_TYPE,
    contentMd5: '',
    validitySeconds: defaults.validitySeconds,
    secure: defaults.secure,
    host: 'default',
    version: defaults.version,
  }));

  const prepared = useMemo(() => {
    if (validity.settled === undefined) return { key: undefined, options: undefined, problems: {} };
    try {
      const key = expandKeyTemplate(draft.keyTemplate, random);
      const { keyTemplate: _template, ...rest } = draft;
      const options = { ...rest, validitySeconds: validity.settled };
      // checked by the bucket's cloud's rules, as it will be signed
      (bucket.provider === 'cos' ? cosUploadTemplateFor : uploadTemplateFor)(
        bucket.name,
        key,
        options,
        bucket.endpoint,
      );
      return { key, options, problems: {} };
    } catch (e) {
      if (!(e instanceof CoreInputError)) throw e;
      return {
        key: undefined,
        options: undefined,
        problems: { [fieldOf(e)]: failureSentence(e, language, cloud) },
      };
    }
  }, [draft, random, bucket, validity.settled, language, cloud]);

  const permission = uploadPermission(bucket, prepared.key ?? draft.keyTemplate);
  const { keyTemplate: _template, ...draftOptions } = draft;
  const link = useQuery({
    // while the form is invalid nothing is signed (the placeholder options are never used)
    ...linkQueries.upload(connection, bucket, prepared.key ?? '', prepared.options ?? draftOptions),
    // a read-only bucket gets no URL at all: only the explanation and the fix
    enabled: prepared.key !== undefined && prepared.options !== undefined && permission !== 'denied',
    placeholderData: keepPreviousData,
  });
  const current = prepared.key !== undefined && !link.isPlaceholderData ? link.data : undefined;
  const validityProblem = validityInputProblem(validity, t, language);
  const firstProblem = Object.values(prepared.problems)[0];
  const state: LinkState =
    permission === 'denied'
      ? { kind: 'blocked', reason: t('upload.link.notPermitted') }
      : validityProblem
        ? { kind: 'blocked', reason: validityProblem }
        : firstProblem
          ? { kind: 'blocked', reason: firstProblem }
          : link.isError && !current
            ? { kind: 'failed', reason: failureSentence(link.error, language, cloud) }
            : current && !validity.changing
              ? { kind: 'ready', url: current.url }
              : { kind: 'updating' };

  return (
    <LinkDrawer
      open={open}
      onClose={onClose}
      title={t('upload.link.title', { bucket: bucket.name })}
      actions={<LinkActionBar state={state} label={t('upload.link.url')} openable={false} />}
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('upload.link.intro')}
      </Typography.Paragraph>
      {permission === 'denied' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('upload.link.notPermitted')}
          description={t('upload.link.notPermittedFix', { bucket: bucket.name })}
        />
      )}
      {permission === 'unknown' && (
        <Alert type="warning" showIcon title={t('upload.link.permissionUnknown')} />
      )}
      <UploadLinkForm
        provider={bucket.provider}
        draft={draft}
        onChange={setDraft}
        validity={validity}
        validityNote={
          current && (
            <CappedNote
              facts={{
                askedSeconds: validity.settled ?? 0,
                grantedSeconds: undefined,
                urlExpiresAt: current.urlExpiresAt,
                effective: current.effective,
                signedAt: current.urlExpiresAt - (validity.settled ?? 0) * 1000,
              }}
            />
          )
        }
        expandedKey={prepared.key}
        onNewRandom={() => setRandom(freshRandom())}
        onAddRandom={() => setDraft({ ...draft, keyTemplate: withRandomPlaceholder(draft.keyTemplate) })}
        problems={prepared.problems}
        defaultHost={bucketHostName(bucket, { kind: 'default' }) ?? bucket.name}
        accelerateHost={bucket.accelerate ? bucketHostName(bucket, { kind: 'accelerate' }) : undefined}
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
      {current && (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('upload.link.overwriteWarning', {
              key: current.key,
              time: formatLocalTime(current.effective.expiresAt, language),
            })}
          />
          <UploadLinkResult link={current} />
        </>
      )}
    </LinkDrawer>
  );
}
