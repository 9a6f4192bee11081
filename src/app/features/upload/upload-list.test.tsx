// @vitest-environment jsdom
// The upload list's states, as an operator reads them: what each file is doing and what can be done.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoreInputError } from '../../../core/errors/core-input-error';
import { ossClientFailure } from '../../../core/errors';
import type { UploadItem } from '../../../upload/upload-queue';
import { renderComponent } from '../../test/component-kit';
import { UploadList } from './upload-list';

afterEach(cleanup);

const item = (patch: Partial<UploadItem>): UploadItem => ({
  id: 1,
  relativePath: 'a.bin',
  key: 'docs/a.bin',
  size: 10 * 1024 * 1024,
  multipart: true,
  contentType: 'application/octet-stream',
  state: 'waiting',
  loaded: 0,
  ...patch,
});

function show(items: UploadItem[]) {
  const actions = { onCancel: vi.fn(), onResume: vi.fn(), onShare: vi.fn() };
  renderComponent(<UploadList items={items} actions={actions} />);
  return actions;
}
const row = (key: string) => within(screen.getByRole('listitem', { name: key }));

describe('upload list', () => {
  it('uploading: its state, the progress and Cancel', () => {
    const actions = show([item({ state: 'uploading', loaded: 5 * 1024 * 1024 })]);
    const r = row('docs/a.bin');
    expect(r.getByText('Uploading')).toBeTruthy();
    expect(r.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    r.getByRole('button', { name: 'Cancel upload of docs/a.bin' }).click();
    expect(actions.onCancel).toHaveBeenCalledWith(1);
    expect(r.queryByRole('button', { name: /Resume/ })).toBeNull();
  });

  it('interrupted by the network: Resume, the cause in words, the progress kept', () => {
    const actions = show([
      item({
        state: 'interrupted',
        loaded: 2 * 1024 * 1024,
        error: ossClientFailure('network', 'Failed to fetch'),
      }),
    ]);
    const r = row('docs/a.bin');
    r.getByRole('button', { name: 'Resume upload of docs/a.bin' }).click();
    expect(actions.onResume).toHaveBeenCalledWith(1);
    expect(r.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('20');
    expect(r.getByText(/network|connection/i)).toBeTruthy();
  });

  it('refused key: no Retry (it would fail the same way), the reason shown', () => {
    show([
      item({
        state: 'failed',
        error: new CoreInputError({ code: 'KEY_TOO_LONG', bytes: 1100, max: 1023, cloud: 'OSS' }),
      }),
    ]);
    const r = row('docs/a.bin');
    expect(r.queryByRole('button', { name: /Retry|Resume/ })).toBeNull();
    expect(r.getByText(/1100 bytes long in UTF-8; OSS allows at most 1023/)).toBeTruthy();
  });

  it('done: Share, no progress bar, and no stale error from an earlier attempt', () => {
    const actions = show([
      item({
        state: 'done',
        loaded: 10 * 1024 * 1024,
        error: ossClientFailure('network', 'Failed to fetch'),
      }),
    ]);
    const r = row('docs/a.bin');
    expect(r.getByText('Uploaded')).toBeTruthy();
    expect(r.queryByRole('progressbar')).toBeNull();
    expect(r.queryByText(/network|connection/i)).toBeNull();
    r.getByRole('button', { name: 'Share docs/a.bin' }).click();
    expect(actions.onShare).toHaveBeenCalled();
  });
});
