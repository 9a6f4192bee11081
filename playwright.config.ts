import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { defineConfig } from '@playwright/test';

// Flags for Debian's Chromium on locked-down machines (see scripts/find-chromium.mjs), and
// oss-local's self-signed HTTPS certificate, made at start.
const chromiumArgs = [...CHROMIUM_ARGS, '--ignore-certificate-errors'];

export default defineConfig({
  testDir: 'e2e',
  outputDir: `e2e/artifacts/results${process.env.E2E_PORT_OFFSET ? `-${process.env.E2E_PORT_OFFSET}` : ''}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'e2e/artifacts/report', open: 'never' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The console honours prefers-reduced-motion (antd's zooms and slides off). Without it a click could
    // land on a modal button still in its opening zoom — 19×6 px, then elsewhere once grown — and be lost
    // (seen as the rare "Keep both" that never ran); with it what the test clicks is where it stays.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      ...(process.env.PW_CHROMIUM_PATH ? { executablePath: process.env.PW_CHROMIUM_PATH } : {}),
      args: chromiumArgs,
    },
  },
});
