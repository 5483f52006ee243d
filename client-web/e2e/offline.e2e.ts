import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, signIn } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, browser } = browserForJourney();

test('offline: the app says so, the installed service worker still opens it, and it carries on when the network is back', async () => {
  const person = newPerson('Olga');
  await createVerifiedAccount(baseUrl, person);
  const context = await newContext(browser(), baseUrl, { serviceWorkers: true });
  const page = await context.newPage();
  await signIn(page, person);
  // The PWA's service worker is registered after load, precaches the app and takes control of this page.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await screenTitle(page, 'People').waitFor();
  await expect.poll(() => page.locator('[data-connection]').getAttribute('data-connection')).toBe('connected');

  await context.setOffline(true);
  await page.getByTestId('offline-banner').waitFor();
  await expect.poll(() => page.locator('[data-connection]').getAttribute('data-connection')).toBe('offline');
  await auditScreen(page, 'offline-banner');

  // A reload with no network: the service worker serves the app shell and its code; the app explains why it
  // cannot open the account yet, instead of a browser error page or a sign-in form.
  await page.reload();
  await screenTitle(page, 'You are offline').waitFor();
  await page.getByTestId('offline-banner').waitFor();
  await auditScreen(page, 'offline-shell');

  // Back online: it continues by itself, still signed in (the session was kept).
  await context.setOffline(false);
  await screenTitle(page, 'People').waitFor();
  await expect.poll(() => page.locator('[data-connection]').getAttribute('data-connection')).toBe('connected');
  await expect.poll(() => page.getByTestId('offline-banner').count()).toBe(0);
  await context.close();
});
