// Progress while an export runs and the summary when it ends: counts, rate, ETA, warnings, verify results.
import { Alert, Progress, Space, Typography } from 'antd';
import { getEffectiveExpiry, toIsoSeconds } from '../../../core/expiry/effective-expiry';
import type { ExportFilter } from '../../../core/filter/export-filter';
import type { ExportDepth } from '../../../core/filter/filter-tag';
import { formatByteSize } from '../../../core/format/byte-size';
import { visibleKeyText } from '../../../core/format/visible-key';
import { describeCoreProblem } from '../../../core/errors/core-problem-text';
import type { Language } from '../../../i18n/messages';
import { useLanguage } from '../../../state/settings-store';
import type { ExportWarning } from '../../../export/export-types';
import type { Translate } from '../../../i18n/use-t';
import { useT } from '../../../i18n/use-t';
import { CappedNote } from '../../link/capped-note';
import { failureSentence } from '../../errors/describe-failure';
import { useCloud } from '../../errors/cloud-context';
import type { ExportRunState } from './use-export-run';

/** What narrowed the export, as the dialog started it. */
export interface AppliedFilters {
  filter: ExportFilter | undefined;
  depth: ExportDepth;
}

/** Every filter in full, for the summary (the file name only says which kinds). */
export function appliedFiltersText(t: Translate, a: AppliedFilters): string | undefined {
  const parts: string[] = [];
  const f = a.filter;
  if (f) {
    if (f.include.length > 0)
      parts.push(t('export.filter.applied.include', { patterns: f.include.join(', ') }));
    if (f.exclude.length > 0)
      parts.push(t('export.filter.applied.exclude', { patterns: f.exclude.join(', ') }));
    if (f.include.length + f.exclude.length > 0)
      parts.push(t(f.caseSensitive ? 'export.filter.applied.case' : 'export.filter.applied.nocase'));
    const any = t('export.filter.applied.any');
    if (f.minSize !== undefined || f.maxSize !== undefined)
      parts.push(
        t('export.filter.applied.size', {
          from: f.minSize === undefined ? any : formatByteSize(f.minSize),
          to: f.maxSize === undefined ? any : formatByteSize(f.maxSize),
        }),
      );
    if (f.modifiedFrom !== undefined || f.modifiedBefore !== undefined)
      parts.push(
        t('export.filter.applied.modified', {
          from: f.modifiedFrom === undefined ? any : toIsoSeconds(f.modifiedFrom),
          to: f.modifiedBefore === undefined ? any : toIsoSeconds(f.modifiedBefore),
        }),
      );
  }
  if (a.depth === 'folder') parts.push(t('export.filter.applied.folder'));
  return parts.length === 0 ? undefined : t('export.filter.applied', { list: parts.join(' · ') });
}

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
      // each cloud's own rule for its hosts
      return t(w.cloud === 'cos' ? `export.warning.cos-${w.code}` : `export.warning.${w.code}`, {
        rows: num(w.rows),
      });
  }
}

export function ExportStatus({
  state,
  applied,
}: {
  state: ExportRunState;
  /** the filters the finished export ran with (undefined: none) */
  applied?: AppliedFilters | undefined;
}) {
  const t = useT();
  const language = useLanguage();
  const cloud = useCloud();
  if (state.phase === 'idle') return null;
  if (state.phase === 'error')
    return <Alert type="error" showIcon role="alert" title={failureSentence(state.error, language, cloud)} />;
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
  const filtersText = applied ? appliedFiltersText(t, applied) : undefined;
  // the one capped-credentials sentence, at the head: the broker granted less than the links asked
  const capped = summary.warnings.find((w) => w.code === 'credentials-shorter');
  const cappedFacts =
    capped?.signedAt !== undefined
      ? {
          askedSeconds: capped.askedSeconds,
          grantedSeconds: capped.grantedSeconds,
          urlExpiresAt: capped.signedAt + capped.askedSeconds * 1000,
          effective: getEffectiveExpiry(
            capped.signedAt + capped.askedSeconds * 1000,
            capped.earliestExpiresAt,
          ),
          signedAt: capped.signedAt,
        }
      : undefined;
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
        {cappedFacts && <CappedNote facts={cappedFacts} />}
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
          {filtersText
            ? t('export.summary.matchedCounts', {
                listed: num(summary.listed),
                matched: num(summary.matched),
                rows,
              })
            : t('export.summary.counts', {
                listed: num(summary.listed + missing.length + refused.length),
                rows,
              })}
          {summary.folderMarkers > 0 &&
            ` · ${t('export.summary.folderMarkers', { count: num(summary.folderMarkers) })}`}
        </Typography.Text>
        {filtersText && <Typography.Text data-testid="export-filters-applied">{filtersText}</Typography.Text>}
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
            title={t('export.missing', {
              count: missing.length,
              keys: missing
                .slice(0, 20)
                .map((k) => visibleKeyText(k))
                .join(', '),
            })}
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
                  .map((f) => `${visibleKeyText(f.key)}: ${f.code}`)
                  .join('; '),
              })}
            />
          ))}
      </Space>
    </section>
  );
}
