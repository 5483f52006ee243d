import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/** Nest needs decorator metadata, which only SWC (not esbuild/oxc) emits for Vitest. */
const decorators = swc.vite({
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2023' },
  module: { type: 'es6' },
});

const shared = { globals: false, pool: 'forks' as const, setupFiles: ['test/support/setup.ts'] };

export default defineConfig({
  plugins: [decorators],
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      { plugins: [decorators], test: { ...shared, name: 'unit', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'] } },
      {
        plugins: [decorators],
        test: { ...shared, name: 'integration', include: ['test/integration/**/*.spec.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        plugins: [decorators],
        test: { ...shared, name: 'e2e', include: ['test/e2e/**/*.e2e-spec.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        plugins: [decorators],
        test: {
          ...shared,
          name: 'services',
          include: ['test/services/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // The web client's component tests (happy-dom, no browser): its own config, run by the root `npm test`.
      'client-web/vitest.unit.config.ts',
    ],
  },
});
