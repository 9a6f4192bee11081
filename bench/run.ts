// `npm run bench`: contenders measured in the same headless Chromium run; ratios are what count
// (absolute times on shared machines are noise). Writes bench/results/latest.json.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../scripts/find-chromium.mjs';
import { serveStatic } from './serve-static';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '.dist');
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Goal {
  what: string;
  ours: string;
  peer: string;
  atLeast: number;
}
const SIGNING_GOALS: Goal[] = [
  { what: 'V1, one thread', ours: 'ours v1 1 thread', peer: 'ali-oss v1', atLeast: 4 },
  { what: 'V4, one thread', ours: 'ours v4 1 thread', peer: 'ali-oss v4', atLeast: 10 },
  { what: 'V1, worker pool', ours: 'ours v1 2 workers', peer: 'ali-oss v1', atLeast: 6 },
  { what: 'V4, worker pool', ours: 'ours v4 2 workers', peer: 'ali-oss v4', atLeast: 15 },
];

async function main(): Promise<void> {
  const browser = await findChromium();
  if (!browser) {
    console.error(NO_CHROMIUM_HELP);
    process.exit(1);
  }
  await build({
    root: join(here, 'page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('ali-oss/dist/aliyun-oss-sdk.min.js'), join(outDir, 'aliyun-oss-sdk.min.js'));
  const { url, server } = await serveStatic(resolve(outDir));
  const launched = await chromium.launch({
    headless: true,
    args: CHROMIUM_ARGS,
    ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
  });
  try {
    const page = await launched.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'loaded');
    console.log(
      `Signing ${COUNT.toLocaleString('en-US')} URLs per contender, ${ROUNDS} rounds, in ${browser.source}…`,
    );
    const signing = await page.evaluate(([n, r]) => window.runSigningBench(n, r), [COUNT, ROUNDS] as const);
    const rows = signing.measurements.map((m) => ({
      name: m.name.replace(`${signing.poolSize} workers`, 'workers'),
      median: median(m.urlsPerSecond),
      all: m.urlsPerSecond,
    }));
    const rate = (name: string) =>
      rows.find((r) => r.name === name.replace(/\d+ workers/, 'workers'))!.median;
    console.log(`\n| contender | URLs/s (median) | rounds |\n|---|---:|---|`);
    for (const r of rows)
      console.log(`| ${r.name} | ${r.median.toLocaleString('en-US')} | ${r.all.join(', ')} |`);
    console.log(`\n| goal | ratio (ours / ali-oss) | target | met |\n|---|---:|---:|---|`);
    const goals = SIGNING_GOALS.map((g) => {
      const ratio = rate(g.ours) / rate(g.peer);
      return { ...g, ratio: Math.round(ratio * 10) / 10, met: ratio >= g.atLeast };
    });
    for (const g of goals)
      console.log(`| ${g.what} | ${g.ratio}× | ≥ ${g.atLeast}× | ${g.met ? 'yes' : 'NO'} |`);
    console.log(
      `\n${signing.cores} cores, pool of ${signing.poolSize} workers, STS token of ${signing.tokenLength} chars; ${signing.identicalSample} sampled URLs byte-identical to ali-oss.`,
    );
    mkdirSync(join(here, 'results'), { recursive: true });
    const result = {
      date: new Date().toISOString(),
      browser: browser.source,
      signing: { ...signing, rows, goals },
    };
    writeFileSync(join(here, 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('\nwrote bench/results/latest.json');
  } finally {
    await launched.close();
    server.close();
  }
}

await main();
