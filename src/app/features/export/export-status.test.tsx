// @vitest-environment jsdom
// The export dialog's progress and summary states.
import { act, cleanup, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../export/export-types';
import { renderComponent } from '../../test/component-kit';
import { CoreInputError } from '../../../core/errors/core-input-error';
import { useSettingsActions } from '../../../state/settings-store';
import { ExportStatus } from './export-status';

afterEach(cleanup);

const progress = (patch: Partial<ExportProgress>): ExportProgress => ({
  listed: 1200,
  matched: 1200,
  signed: 1200,
  written: 1000,
  fileBytes: 250_000,
  objectBytes: 9_000_000,
  elapsedMs: 2000,
  rowsPerSecond: 500,
  ...patch,
});

describe('export status', () => {
  it('a known total shows the real fraction', () => {
    renderComponent(<ExportStatus state={{ phase: 'running', progress: progress({ total: 4000 }) }} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
  });

  it('an unknown total shows a moving bar with the running count, not a full bar', () => {
    renderComponent(<ExportStatus state={{ phase: 'running', progress: progress({}) }} />);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('aria-valuetext')).toBe('1,000 rows written so far');
  });

  it('an error is shown as an alert', () => {
    renderComponent(
      <ExportStatus state={{ phase: 'error', error: new Error('The broker did not answer.') }} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('The broker did not answer.');
  });

  it('a refused input is said in the operator’s language', () => {
    const settings = renderHook(() => useSettingsActions()).result.current;
    act(() => settings.languageChosen('zh-CN'));
    renderComponent(
      <ExportStatus
        state={{
          phase: 'error',
          error: new CoreInputError({ code: 'BUCKET_INVALID', bucket: 'Bad_Bucket' }),
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('“Bad_Bucket”不是有效的 Bucket 名称。');
    act(() => settings.languageChosen('en-US'));
  });

  it('a finished filtered export: the capped sentence first, counts in/matched/out, every filter, visible keys', () => {
    const signedAt = Date.UTC(2026, 0, 1, 8);
    renderComponent(
      <ExportStatus
        applied={{
          filter: { include: ['*.pdf'], exclude: ['draft-*'], caseSensitive: false, minSize: 1024 },
          depth: 'folder',
        }}
        state={{
          phase: 'finished',
          result: {
            summary: {
              status: 'done',
              rows: 3,
              listed: 10,
              matched: 3,
              folderMarkers: 0,
              objectBytes: 9000,
              fileBytes: 900,
              durationMs: 1000,
              sample: [],
              warnings: [
                {
                  code: 'credentials-shorter',
                  rows: 3,
                  earliestExpiresAt: signedAt + 3600_000,
                  askedSeconds: 7200,
                  grantedSeconds: 3600,
                  signedAt,
                },
              ],
            },
            missing: ['gone\u202Eevil.pdf'],
            refused: [],
          },
        }}
      />,
    );
    const summary = screen.getByRole('region', { name: 'Export summary' });
    const capped = screen.getByTestId('capped-note');
    // the sentence heads the summary
    expect(summary.querySelector('[data-testid], [role=status]')).toBe(capped);
    expect(capped.textContent).toContain('2 h');
    expect(screen.getByTestId('export-counts').textContent).toContain(
      'Objects listed: 10 · matching the filters: 3 · rows in the file: 3',
    );
    expect(screen.getByTestId('export-filters-applied').textContent).toBe(
      'Filters applied: include *.pdf · exclude draft-* · case ignored · size 1 KB – any · this folder only',
    );
    // a hidden bidi control is shown as a marker, not obeyed
    expect(summary.textContent).toContain('gone⟦');
    expect(summary.textContent).not.toContain('\u202E');
  });
});
