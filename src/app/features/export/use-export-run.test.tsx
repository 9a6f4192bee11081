// @vitest-environment jsdom
// The export dialog's run state: progress is painted once per frame, and once the job has ended no queued
// frame may paint "running" over its result or its error.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ExportJobOptions } from '../../../export/export-job';
import { useExportRun } from './use-export-run';

const job = vi.hoisted(() => ({ run: undefined as undefined | ((o: ExportJobOptions) => Promise<unknown>) }));
vi.mock('../../../export/export-job', () => ({ runExportJob: (o: ExportJobOptions) => job.run!(o) }));

const progress = {
  listed: 1,
  matched: 1,
  signed: 1,
  written: 1,
  fileBytes: 10,
  objectBytes: 1,
  elapsedMs: 1,
  rowsPerSecond: 1,
};
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('useExportRun', () => {
  it('an error stays on screen: the progress frame queued just before it is dropped', async () => {
    job.run = async (o) => {
      o.onProgress?.(progress);
      throw new Error('The listing failed 5 times in a row.');
    };
    const { result } = renderHook(() => useExportRun());
    await act(() =>
      result.current.start({} as Omit<ExportJobOptions, 'signal' | 'onProgress' | 'onVerifying'>),
    );
    expect(result.current.state).toMatchObject({ phase: 'error' });
    const { error } = result.current.state as { error: Error };
    expect(error.message).toBe('The listing failed 5 times in a row.');
    await act(nextFrame);
    await act(nextFrame);
    expect(result.current.state.phase).toBe('error');
  });

  it('progress arrives once per frame while running, then the result', async () => {
    let finish: (v: unknown) => void = () => undefined;
    job.run = (o) => {
      for (let i = 0; i < 50; i++) o.onProgress?.({ ...progress, written: i });
      return new Promise((r) => (finish = r));
    };
    const { result } = renderHook(() => useExportRun());
    let started: Promise<void> | undefined;
    act(() => {
      started = result.current.start({} as Omit<ExportJobOptions, 'signal' | 'onProgress' | 'onVerifying'>);
    });
    await waitFor(() =>
      expect(result.current.state).toMatchObject({ phase: 'running', progress: { written: 49 } }),
    );
    const summary = { status: 'done' };
    await act(async () => {
      finish({ summary, missing: [] });
      await started;
    });
    expect(result.current.state).toEqual({ phase: 'finished', result: { summary, missing: [] } });
  });
});
