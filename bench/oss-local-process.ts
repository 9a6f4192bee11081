// Starts oss-local for the export section either in the bench's own process or in a child process
// (BENCH_OSS_LOCAL=inline|process, default process). A real OSS is another machine: in the bench's
// process the server's listing and ETag work shares one event loop with Playwright's CDP traffic and the
// heap sampling, and is counted against whichever contender is running.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startOssLocal, type StartOssLocalOptions } from '../server/oss-local/server';

export interface BenchOssLocal {
  httpPort: number;
  endpointHost: string;
  region: string;
  where: 'inline' | 'process';
  close(): Promise<void>;
}

export type BenchOssLocalOptions = Pick<StartOssLocalOptions, 'stackKey' | 'consoleOrigins' | 'synthetic'>;

/** oss-local in this process: ephemeral ports, nothing on disk (the child process runs this too). */
export async function startInlineOssLocal(options: BenchOssLocalOptions): Promise<BenchOssLocal> {
  const s = await startOssLocal({ ...options, httpPort: 0, httpsPort: 0, dataDir: null });
  return {
    httpPort: s.httpPort,
    endpointHost: s.endpointHost,
    region: s.region,
    where: 'inline',
    close: s.close,
  };
}

export async function startBenchOssLocal(options: BenchOssLocalOptions): Promise<BenchOssLocal> {
  const where = process.env.BENCH_OSS_LOCAL ?? 'process';
  if (where !== 'inline' && where !== 'process')
    throw new Error(`BENCH_OSS_LOCAL: "inline" or "process", not "${where}"`);
  if (where === 'inline') return startInlineOssLocal(options);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./oss-local-child.ts', import.meta.url)),
      JSON.stringify(options),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`oss-local child exited (${code}) before it listened`)));
  });
  const bound = JSON.parse(first) as Omit<BenchOssLocal, 'where' | 'close'>;
  return {
    ...bound,
    where,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
