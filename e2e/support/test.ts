// The suite's `test`: Playwright's, plus a check after every test that the page logged no React or antd
// warning and threw no uncaught error. (Failed requests a test provokes on purpose — a 403 for a tampered
// link — are the browser's own lines and are not counted.)
import { expect, test as base } from '@playwright/test';

const FRAMEWORK_WARNING = /Warning:|\[antd|React does not recognize|Each child in a list|deprecated|act\(/i;

export const test = base.extend<{ cleanConsole: void }>({
  cleanConsole: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if ((m.type() === 'warning' || m.type() === 'error') && FRAMEWORK_WARNING.test(m.text()))
          problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      await use();
      expect(problems, 'the console stays clean of framework warnings and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
