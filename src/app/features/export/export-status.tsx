// Progress while an export runs and the summary when it ends: counts, rate, ETA, warnings, verify results.
import { Alert, Progress, Space, Typography } from 'antd';
import { toIsoSeconds } from '../../../core/expiry/effective-expiry';
import { formatByteSize } from '../../../core/format/byte-size';
import { visibleKeyText } from '../../../core/format/visible-key';
import { describeCoreProblem } from '../../../core/errors/core-problem-text';
import type { Language } from '../../../i18n/messages';
import { useLanguage } from '../../../state/settings-store';
import type { ExportWarning } from '../../../export/export-types';
import type { Translate } from '../../../i18n/use-t';
import { useT } from '../../../i18n/use-t';
import type { ExportRunState } from './use-export-run';

const num = (n: number) => Math.round(n).toLocaleString('en-US');

function warningText(t: Translate, language: Language, w: ExportWarning): string {
  switch (w.code) {
    case 'credentials-shorter':
      return t('export.warning.credentials-shorter', {
        rows: num(w.rows),
        at: toIsoSeconds(w.earliestExpiresAt),
        asked: w.askedSeconds,
        granted: w.grantedSeconds ?? t('export.noWorkers'),
      });
    case 'unsignable':
      return t('export.warning.unsignable', {
        rows: num(w.rows),
        example: w.examples
          .map((e) => `${visibleKeyText(e.key)} (${describeCoreProblem(e.problem, language).problem})`)
          .join('; '),
      });
    default:
      return t(`export.warning.${w.code}`, { rows: num(w.rows) });
  }
}

export function ExportStatus({ state }: { state: ExportRunState }) {
  const t = useT();
  const language = useLanguage();
  if (state.phase === 'idle') return null;
  if (state.phase === 'error') return <Alert type="error" showIcon role="alert" title={state.message} />;
  if (state.phase === 'running') {
    const p = state.progress;
    const percent =
      p?.total !== undefined && p.total > 0
        ? Math.min(100, Math.floor((p.written * 100) / p.total))
        : undefined;
    return (
      <section aria-label={t('export.progress')}>
        {percent !== undefined ? (
          <Progress percent={percent} status="active" aria-label={t('export.progress')} />
        ) : (
          // the total is not known while a folder is listed: a moving bar and the running count
          <div
            role="progressbar"
            aria-label={t('export.progress')}
            aria-valuetext={t('export.progress.running', { written: num(p?.written ?? 0) })}
            className="indeterminate-bar"
          />
        )}
        {p && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('export.progress.counts', {
              listed: num(p.listed),
              signed: num(p.signed),
              written: num(p.written),
            })}
            <br />
            {t('export.progress.rate', { rate: num(p.rowsPerSecond), bytes: formatByteSize(p.fileBytes) })}
            {p.etaSeconds !== undefined && (
              <> · {t('export.progress.eta', { seconds: Math.ceil(p.etaSeconds) })}</>
            )}
          </Typography.Paragraph>
        )}
        {state.verifying && <Typography.Text>{t('export.verifying', state.verifying)}</Typography.Text>}
      </section>
    );
  }
  const { summary, missing, refused, verify } = state.result;
  const rows = num(summary.rows);
  // a finished run that delivered no file (nothing could be signed) must not read as a success
  const noFile = summary.status === 'done' && summary.fileWritten === false;
  const headline = noFile
    ? t('export.resign.noFile')
    : summary.status === 'done'
      ? t('export.done', {
          rows,
          bytes: formatByteSize(summary.objectBytes),
          seconds: (summary.durationMs / 1000).toFixed(1),
        })
      : summary.status === 'cancelled'
        ? t('export.cancelled', { rows })
        : t('export.failed', { rows, message: summary.error ?? '' });
  return (
    <section aria-label={t('export.summary')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type={
            noFile
              ? 'warning'
              : summary.status === 'done'
                ? 'success'
                : summary.status === 'cancelled'
                  ? 'info'
                  : 'error'
          }
          showIcon
          role="status"
          title={headline}
        />
        {/* count in = count out: every object listed (or given) is a row, or is named below */}
        <Typography.Text data-testid="export-counts">
          {t('export.summary.counts', {
            listed: num(summary.listed + missing.length + refused.length),
            rows,
          })}
          {summary.folderMarkers > 0 &&
            ` · ${t('export.summary.folderMarkers', { count: num(summary.folderMarkers) })}`}
        </Typography.Text>
        {summary.warnings.map((w) => (
          <Alert
            key={w.code}
            type="warning"
            showIcon
            data-testid={`export-warning-${w.code}`}
            title={warningText(t, language, w)}
          />
        ))}
        {refused.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('export.refused', {
              count: refused.length,
              keys: refused
                .slice(0, 20)
                .map((r) => visibleKeyText(r.key))
                .join(', '),
            })}
          />
        )}
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('export.missing', { count: missing.length, keys: missing.slice(0, 20).join(', ') })}
          />
        )}
        {verify &&
          ('error' in verify ? (
            <Alert type="warning" showIcon title={t('export.verify.notRun', { reason: verify.error })} />
          ) : verify.failures.length === 0 ? (
            <Alert type="success" showIcon title={t('export.verify.ok', { checked: verify.checked })} />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('export.verify.failed', {
                count: verify.failures.length,
                checked: verify.checked,
                list: verify.failures
                  .slice(0, 20)
                  .map((f) => `${f.key}: ${f.code}`)
                  .join('; '),
              })}
            />
          ))}
      </Space>
    </section>
  );
}
