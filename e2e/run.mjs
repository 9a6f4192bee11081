// `npm run test:e2e`: builds the console and runs the Playwright suite in headless Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_HELP } from '../scripts/find-chromium.mjs';

const browser = await findChromium();
if (!browser) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
console.log(`e2e: using ${browser.source}`);

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// The suite runs against the built console, as it would be deployed.
run('npx', ['vite', 'build', '--logLevel', 'warn']);
// What the operator waits for: the first load stays within its budget (fails the suite above it).
run('node', ['scripts/check-bundle-budget.mjs']);
run(
  'npx',
  ['playwright', 'test', ...process.argv.slice(2)],
  browser.executablePath ? { PW_CHROMIUM_PATH: browser.executablePath } : {},
);
