import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

/** One Chromium per journey file, closed afterwards; the backend URL comes from the global setup. */
export function browserForJourney(): { baseUrl: string; browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: inject('baseUrl'),
    browser: () => {
      if (!browser) throw new Error('the browser is not started');
      return browser;
    },
  };
}
