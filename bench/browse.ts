// Section: browsing a 1,000,000-object folder in the real console — how soon after navigation its first
// rows are on screen, and scrolling through 10,000 of them: long tasks, and how many rows the DOM holds.
import type { Browser, Page } from '@playwright/test';
import { BUCKET, consoleContext, type ConsoleStack } from './console-stack';
import { LONG_TASK_LIMIT_MS, longTasksDuring, median, profiled, yesNo } from './measure';

declare global {
  interface Window {
    /** performance.now() (from the navigation's start) when the first listing row was in the DOM / painted */
    __benchFirstRow?: { inDom: number; painted: number };
  }
}

const FIRST_ROWS_GOAL_MS = 300;
const DOM_ROWS_GOAL = 200;
const REPEAT_VISITS = 3;
/** first visits, each in a fresh browser profile */
const COLD_VISITS = 5;

/** Opens the folder; the first listing row's time since the navigation began, in the page's clock. */
async function firstRows(page: Page, url: string): Promise<{ inDom: number; painted: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => window.__benchFirstRow, undefined, { timeout: 60_000 });
  const at = (await handle.jsonValue()) as { inDom: number; painted: number };
  return { inDom: Math.round(at.inDom), painted: Math.round(at.painted) };
}

/** Scrolls the virtual table a view at a time, one step per frame, until `rows` rows have been shown. */
const scrollThrough = (page: Page, rows: number) =>
  page.evaluate(async (target) => {
    const scroller = document.getElementById('object-list');
    if (!scroller) throw new Error('no #object-list');
    const t0 = performance.now();
    let maxDomRows = 0;
    let shown = 0;
    let frames = 0;
    while (shown < target) {
      if (performance.now() - t0 > 300_000) throw new Error(`only ${shown} rows after 300 s`);
      scroller.scrollTop += scroller.clientHeight;
      await new Promise((r) => requestAnimationFrame(r));
      frames += 1;
      const domRows = document.querySelectorAll('tr, [role=row]');
      maxDomRows = Math.max(maxDomRows, domRows.length);
      for (const r of domRows) shown = Math.max(shown, Number(r.getAttribute('aria-rowindex') ?? 0) - 1);
    }
    return { maxDomRows, shown, frames, ms: Math.round(performance.now() - t0) };
  }, rows);

export async function browseSection(o: {
  browser: Browser;
  stack: ConsoleStack;
  prefix: string;
  count: number;
  scrollRows: number;
}) {
  // a fresh profile (empty cache and storage) that notes when the first listing row is in the DOM and painted
  const freshContext = async () => {
    const context = await consoleContext(o.browser);
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role=row][aria-rowindex="2"]')) return;
        const inDom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          window.__benchFirstRow = { inDom, painted: performance.now() };
        });
      }).observe(document, { childList: true, subtree: true });
    });
    return context;
  };
  const url = o.stack.consoleUrl(`/b/${BUCKET}/${o.prefix}`);
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(
    `\nBrowse: open a ${n(o.count)}-object folder (first visit in ${COLD_VISITS} fresh profiles, then ${REPEAT_VISITS} more visits), scroll through ${n(o.scrollRows)} rows…`,
  );
  // One first visit is one sample with ±20 ms of noise against a 300 ms goal: the median of several
  // fresh profiles is the figure judged (each profile's own is printed too).
  const colds: Array<{ inDom: number; painted: number }> = [];
  for (let i = 0; i < COLD_VISITS - 1; i++) {
    const c = await freshContext();
    try {
      colds.push(await firstRows(await c.newPage(), url));
    } finally {
      await c.close();
    }
  }
  const context = await freshContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('console page error:', e.message));
    colds.push(await firstRows(page, url));
    const cold = median(colds.map((c) => c.painted));
    const repeats: Array<{ inDom: number; painted: number }> = [];
    for (let i = 0; i < REPEAT_VISITS; i++) repeats.push(await firstRows(page, url));
    const repeat = median(repeats.map((r) => r.painted));
    const scroll = await longTasksDuring(page, () =>
      profiled(page, 'browse-scroll', () => scrollThrough(page, o.scrollRows)),
    );
    const s = scroll.result;
    console.log(`\n| goal | measured | target | met |\n|---|---:|---:|---|`);
    console.log(
      `| first rows painted, first visit (empty cache; median of ${COLD_VISITS} profiles) | ${cold} ms (${colds.map((c) => c.painted).join(', ')}) | ≤ ${FIRST_ROWS_GOAL_MS} ms | ${yesNo(cold <= FIRST_ROWS_GOAL_MS)} |`,
    );
    console.log(
      `| first rows painted, repeat visits (median of ${REPEAT_VISITS}) | ${repeat} ms (${repeats.map((r) => r.painted).join(', ')}) | ≤ ${FIRST_ROWS_GOAL_MS} ms | ${yesNo(repeat <= FIRST_ROWS_GOAL_MS)} |`,
    );
    console.log(
      `| scroll through ${n(s.shown)} rows: longest main-thread task | ${scroll.longestTaskMs} ms (${scroll.tasksOverLimit} over ${LONG_TASK_LIMIT_MS} ms) | ≤ ${LONG_TASK_LIMIT_MS} ms | ${yesNo(scroll.tasksOverLimit === 0)} |`,
    );
    console.log(
      `| scroll: most rows in the DOM at once | ${s.maxDomRows} | < ${DOM_ROWS_GOAL} | ${yesNo(s.maxDomRows < DOM_ROWS_GOAL)} |`,
    );
    console.log(`\nscrolled ${n(s.shown)} rows in ${s.ms} ms, ${s.frames} frames (one view per frame).`);
    return {
      count: o.count,
      firstVisit: { medianPaintedMs: cold, visits: colds },
      repeatVisits: repeats,
      repeatMedianMs: repeat,
      scroll: { ...s, longestTaskMs: scroll.longestTaskMs, tasksOverLimit: scroll.tasksOverLimit },
    };
  } finally {
    await context.close();
  }
}
