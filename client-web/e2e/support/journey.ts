import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The suite's Chromium (started once by the global setup), connected for this journey file; the backend URL too. */
export function browserForJourney(): { baseUrl: string; browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    // Disconnects, closing this file's contexts; the browser itself stays up for the next file.
    await browser?.close();
  });
  return {
    baseUrl: inject('baseUrl'),
    browser: () => {
      if (!browser) throw new Error('the browser is not connected');
      return browser;
    },
  };
}
