import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3).
// Run after `npm run build`: `vitest run --config vitest.e2e.config.ts`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // One browser at a time: the machine has 2 cores and each file launches its own Chromium.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
