import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { signIn, type Person } from './accounts';
import { newContext } from './browser';

/**
 * The suite's Chromium (started once by the global setup), connected for this journey file; the backend URL too,
 * and `personIn`: a page in a new browser context (a device of its own) where the person has signed in.
 */
export function browserForJourney(): { baseUrl: string; browser: () => Browser; personIn: (person: Person) => Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    // Disconnects, closing this file's contexts; the browser itself stays up for the next file.
    await browser?.close();
  });
  const baseUrl = inject('baseUrl');
  const connected = (): Browser => {
    if (!browser) throw new Error('the browser is not connected');
    return browser;
  };
  const personIn = async (person: Person): Promise<Page> => {
    const page = await (await newContext(connected(), baseUrl)).newPage();
    await signIn(page, person);
    return page;
  };
  return { baseUrl, browser: connected, personIn };
}
