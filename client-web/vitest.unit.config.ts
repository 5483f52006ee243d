import { defineConfig, mergeConfig } from 'vitest/config';
import app from './vite.config';

/** Component and logic tests (no browser): part of the root `npm test`. */
export default mergeConfig(
  app({ command: 'serve', mode: 'test' }),
  defineConfig({
    test: { name: 'web-unit', environment: 'happy-dom', isolate: false, include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/test/setup.ts'] },
  }),
);
