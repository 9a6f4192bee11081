// Which Chromium the end-to-end tests and benchmarks drive: Debian's /usr/bin/chromium when present
// (Playwright's own browser download is blocked on our machines), Playwright's browser otherwise.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROMIUM_HELP = `No Chromium found.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium      (then /usr/bin/chromium is used)
  - any OS:         npx playwright install chromium        (Playwright's own build)
  - or point CHROMIUM_PATH at a Chromium/Chrome binary.`;

/** @returns {Promise<{ executablePath: string | undefined, source: string } | undefined>} */
export async function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return { executablePath: candidate, source: candidate };
  }
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (existsSync(bundled))
      return { executablePath: undefined, source: `Playwright's Chromium (${bundled})` };
  } catch {
    // no Playwright browser either
  }
  return undefined;
}
