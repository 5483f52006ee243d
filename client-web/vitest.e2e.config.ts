import { defineConfig } from 'vitest/config';

/** Browser journeys: Debian's Chromium through playwright-core, against the real backend started by the global setup. */
export default defineConfig({
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // Generous for a loaded 2-core CI machine; a journey takes 5 to 20 s on a quiet one.
    testTimeout: 180_000,
    // Polls wait as long as locators do (15 s, support/browser.ts) rather than Vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
