// Runs one export job for the dialog: progress (throttled to animation frames), the result, and cancel.
import { startTransition, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ExportJobOptions, ExportJobResult } from '../../../export/export-job';
import { runExportJob } from '../../../export/export-job';
import type { ExportProgress } from '../../../export/export-types';

export type ExportRunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | undefined; verifying?: { checked: number; of: number } }
  | { phase: 'finished'; result: ExportJobResult }
  /** the failure itself: the summary says it in the operator's language */
  | { phase: 'error'; error: unknown };

/**
 * Where progress frames go instead of the run's state, so that only the component showing them
 * re-renders (a whole dialog of antd forms re-rendered every frame cost the page's thread more than the
 * export itself: long tasks of 50–130 ms, and the console 2× slower than the engine).
 */
export interface ProgressChannel {
  publish(progress: ExportProgress | undefined): void;
  subscribe(listener: () => void): () => void;
  get(): ExportProgress | undefined;
}

export function createProgressChannel(): ProgressChannel {
  let current: ExportProgress | undefined;
  const listeners = new Set<() => void>();
  return {
    publish(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
  };
}

/** The latest progress published on `channel` (re-renders the caller on each frame's progress). */
export const useChannelProgress = (channel: ProgressChannel): ExportProgress | undefined =>
  useSyncExternalStore(channel.subscribe, channel.get);

/**
 * How often a channel gets progress. Each update re-lays out and repaints the console page under the
 * dialog; once per frame that was a second of the page's thread per 100,000 rows (bench ui-export).
 */
const CHANNEL_INTERVAL_MS = 250;

/**
 * With a `channel`, progress goes there every CHANNEL_INTERVAL_MS and the state's `progress` stays as the
 * run started; without one, the state carries it once per animation frame.
 */
export function useExportRun(channel?: ProgressChannel) {
  const [state, setState] = useState<ExportRunState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  const latest = useRef<ExportProgress | undefined>(undefined);
  /** cancels the progress update that is due, if any */
  const frame = useRef<(() => void) | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (options: Omit<ExportJobOptions, 'signal' | 'onProgress' | 'onVerifying'>) => {
      const abort = new AbortController();
      controller.current = abort;
      // the dialog turns into its running view (the form disabled, the status shown) in yielding slices too
      startTransition(() => setState({ phase: 'running', progress: undefined }));
      channel?.publish(undefined);
      // Once the job has ended, no progress frame may paint over its result or its error.
      let ended = false;
      const stopFrames = (): void => {
        ended = true;
        frame.current?.();
        frame.current = undefined;
      };
      // a page arrives every few ms on a fast export: render at most once per frame (or per interval)
      const later = (f: () => void): (() => void) => {
        if (channel) {
          const timer = setTimeout(f, CHANNEL_INTERVAL_MS);
          return () => clearTimeout(timer);
        }
        const id = requestAnimationFrame(f);
        return () => cancelAnimationFrame(id);
      };
      const onProgress = (p: ExportProgress): void => {
        latest.current = p;
        if (frame.current !== undefined || ended) return;
        frame.current = later(() => {
          frame.current = undefined;
          if (ended) return;
          if (channel) channel.publish(latest.current);
          else setState({ phase: 'running', progress: latest.current });
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
        // a transition: the dialog's whole form comes back (~80 ms of antd on a cold page) in slices that
        // yield to the page, not as one long task right after the download was handed over
        startTransition(() => setState({ phase: 'finished', result }));
      } catch (err) {
        stopFrames();
        startTransition(() => setState({ phase: 'error', error: err }));
      } finally {
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [channel],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
