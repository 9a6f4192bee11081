// Runs one export job for the dialog: progress (throttled to animation frames), the result, and cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobOptions, ExportJobResult } from '../../../export/export-job';
import { runExportJob } from '../../../export/export-job';
import type { ExportProgress } from '../../../export/export-types';

export type ExportRunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | undefined; verifying?: { checked: number; of: number } }
  | { phase: 'finished'; result: ExportJobResult }
  /** the failure itself: the summary says it in the operator's language */
  | { phase: 'error'; error: unknown };

export function useExportRun() {
  const [state, setState] = useState<ExportRunState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  const latest = useRef<ExportProgress | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (options: Omit<ExportJobOptions, 'signal' | 'onProgress' | 'onVerifying'>) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'running', progress: undefined });
      // Once the job has ended, no progress frame may paint over its result or its error.
      let ended = false;
      const stopFrames = (): void => {
        ended = true;
        if (frame.current !== undefined) cancelAnimationFrame(frame.current);
        frame.current = undefined;
      };
      // a page arrives every few ms on a fast export: render at most once per frame
      const onProgress = (p: ExportProgress): void => {
        latest.current = p;
        if (frame.current !== undefined || ended) return;
        frame.current = requestAnimationFrame(() => {
          frame.current = undefined;
          if (!ended) setState({ phase: 'running', progress: latest.current });
        });
      };
      try {
        const result = await runExportJob({
          ...options,
          signal: abort.signal,
          onProgress,
          onVerifying: (checked, of) => {
            if (!ended) setState({ phase: 'running', progress: latest.current, verifying: { checked, of } });
          },
        });
        stopFrames();
        setState({ phase: 'finished', result });
      } catch (err) {
        stopFrames();
        setState({ phase: 'error', error: err });
      } finally {
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
