// What every browser section measures the same way: the JS heap sampled over CDP while something runs,
// and the main thread's long tasks (PerformanceObserver 'longtask', installed before any page script).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
/** set: unminified builds, and a CPU profile of the page's main thread per measured run in bench/results */
export const PROFILE = Boolean(process.env.BENCH_PROFILE);

declare global {
  interface Window {
    __benchLongTasks?: Array<{ start: number; duration: number }>;
  }
}

/** A task at or under this many milliseconds counts as responsive (issue #13: none over 50 ms). */
export const LONG_TASK_LIMIT_MS = 50;

/** Installs the long-task recorder in every page of the context, before the page's own scripts. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    window.__benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export interface LongTasks {
  longestTaskMs: number;
  /** tasks longer than LONG_TASK_LIMIT_MS */
  tasksOverLimit: number;
}

/** The long tasks of `page`'s main thread that started while `run` went (recordLongTasks first). */
export async function longTasksDuring<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T } & LongTasks> {
  const from = await page.evaluate(() => performance.now());
  const result = await run();
  // a task is reported once it has ended: give the observer a moment
  const tasks = await page.evaluate(
    () =>
      new Promise<Array<{ start: number; duration: number }>>((resolve) =>
        setTimeout(() => resolve(window.__benchLongTasks ?? []), 100),
      ),
  );
  const during = tasks.filter((t) => t.start >= from);
  return {
    result,
    longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    tasksOverLimit: during.filter((t) => t.duration > LONG_TASK_LIMIT_MS).length,
  };
}

/** The highest JSHeapUsedSize of `page` (CDP Performance.getMetrics every 100 ms) while `run` goes. */
export async function peakHeapDuring<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; peakHeapMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const result = await run();
    return { result, peakHeapMb: Math.round(peak / 2 ** 20) };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

export const yesNo = (met: boolean): string => (met ? 'yes' : 'NO');

/** Records the page's main thread while `run` goes (BENCH_PROFILE), for Chromium DevTools or a script. */
export async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  if (!PROFILE) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${name}.cpuprofile.json`), JSON.stringify(profile));
    await cdp.detach();
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
