import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores, one file at a time (181 s here).
    // Files wait mostly on their local servers and forks, so two run well side by side (92 s).
    maxWorkers: Math.max(availableParallelism(), 2),
    setupFiles: ['src/i18n/load-all-for-tests.ts'],
  },
});
