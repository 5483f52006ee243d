import { defineConfig } from 'vitest/config';

/** Browser journeys: Debian's Chromium through playwright-core, against the real backend started by the global setup. */
export default defineConfig({
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
