// The real console for the UI sections: built with `vite build` (as deployed) and served by the dev stack
// (startDevStack, console 'dist', as e2e does) on ports of its own — all ephemeral, so neither e2e's fixed
// ports nor `npm start`'s are ever taken. Synthetic folders: keys generated, nothing on disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { upsertSyntheticFolder } from '../server/object-store/manifest';
import { startDevStack, type DevStack } from '../server/dev';
import { recordLongTasks } from './measure';
import type { ExportBenchInput } from './page/export-bench-page';

export const BUCKET = 'examplebucket';

export interface ConsoleStack {
  stack: DevStack;
  consoleUrl: (path: string) => string;
  /** what the engine bench page needs to export `prefix` from this stack's oss-local, with the
   * credentials the broker gives the console (the same token length is signed into every URL) */
  engineInput(prefix: string, link?: ExportBenchInput['link']): Promise<ExportBenchInput>;
  close(): Promise<void>;
}

export async function startConsoleStack(o: {
  repoRoot: string;
  distDir: string;
  /** the engine bench page's origin: the buckets' CORS rules accept it too */
  benchOrigin: string;
  folders: Array<{ prefix: string; count: number }>;
  minify: boolean;
}): Promise<ConsoleStack> {
  await build({
    root: o.repoRoot,
    configFile: join(o.repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: o.distDir, emptyOutDir: true, minify: o.minify },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'oss-link-bench-'));
  for (const f of o.folders)
    upsertSyntheticFolder(dataDir, { bucket: BUCKET, ...f, lastModified: Date.UTC(2024, 0, 15) });
  const stack = await startDevStack({
    console: 'dist',
    distDir: o.distDir,
    ossPort: 0,
    ossHttpsPort: 0,
    cosPort: 0,
    cosHttpsPort: 0,
    brokerPort: 0,
    consolePort: 0,
    dataDir,
    extraConsoleOrigins: [o.benchOrigin],
    logLevel: 'error',
  });
  const oss = new URL(stack.ossHttpEndpoint);
  return {
    stack,
    consoleUrl: (path) => new URL(path, stack.consoleUrl).href,
    async engineInput(prefix, link) {
      const res = await fetch(`${stack.brokerUrl}/sts?bucket=${BUCKET}`);
      if (!res.ok) throw new Error(`broker: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { Credentials?: ExportBenchInput['credentials'] };
      const credentials = body.Credentials ?? (body as unknown as ExportBenchInput['credentials']);
      return {
        bucket: BUCKET,
        prefix,
        region: stack.region,
        endpoint: oss.hostname,
        httpPort: stack.ports.oss,
        httpsPort: stack.ports.ossHttps,
        credentials,
        ...(link ? { link } : {}),
      };
    },
    async close() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser profile for the console (empty cache and storage: the settings' factory defaults),
 * long tasks recorded. Without a save picker, as e2e/export.spec.ts: the export ends in a download.
 */
export async function consoleContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  await recordLongTasks(context);
  await context.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  return context;
}
