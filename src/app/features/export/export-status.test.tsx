// @vitest-environment jsdom
// The export dialog's progress and summary states.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../export/export-types';
import { renderComponent } from '../../test/component-kit';
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
    renderComponent(<ExportStatus state={{ phase: 'error', message: 'The broker did not answer.' }} />);
    expect(screen.getByRole('alert').textContent).toContain('The broker did not answer.');
  });
});
