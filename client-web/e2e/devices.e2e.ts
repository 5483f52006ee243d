import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, signIn } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, browser } = browserForJourney();

test('signing out another device from the devices list sends that device back to sign-in, live, with a message', async () => {
  const person = newPerson('Linus');
  await createVerifiedAccount(baseUrl, person);
  const laptop = await newContext(browser(), baseUrl);
  const phone = await newContext(browser(), baseUrl);
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, person);
  await signIn(phonePage, person);
  await expect.poll(() => phonePage.locator('[data-connection]').getAttribute('data-connection')).toBe('connected');

  await laptopPage.getByRole('link', { name: 'Account', exact: true }).click();
  await screenTitle(laptopPage, 'Account').waitFor();
  const devices = laptopPage.getByRole('list', { name: 'Signed-in devices' }).getByTestId('device');
  await expect.poll(() => devices.count()).toBe(2);
  await laptopPage.getByText('This device').waitFor();
  await auditScreen(laptopPage, 'account');

  const other = devices.filter({ hasNotText: 'This device' });
  await other.getByRole('button', { name: /^Sign out/ }).click();
  await expect.poll(() => devices.count()).toBe(1);

  // The phone did nothing: the server ended its session and the app says so.
  await screenTitle(phonePage, 'Sign in').waitFor();
  await phonePage.getByText('This device was signed out').waitFor();
  await auditScreen(phonePage, 'sign-in-signed-out-elsewhere');
  // And it really is signed out: a reload does not bring the session back.
  await phonePage.goto('/account');
  await screenTitle(phonePage, 'Sign in').waitFor();
  await Promise.all([laptop.close(), phone.close()]);
});

test('"Sign out all other devices" ends every other session at once, each of them told live, and keeps this one', async () => {
  const person = newPerson('Ingrid');
  await createVerifiedAccount(baseUrl, person);
  const [laptop, phone, tablet] = await Promise.all([newContext(browser(), baseUrl), newContext(browser(), baseUrl), newContext(browser(), baseUrl)]);
  const [laptopPage, phonePage, tabletPage] = await Promise.all([laptop.newPage(), phone.newPage(), tablet.newPage()]);
  for (const page of [laptopPage, phonePage, tabletPage]) await signIn(page, person);
  for (const page of [phonePage, tabletPage]) {
    await expect.poll(() => page.locator('[data-connection]').getAttribute('data-connection')).toBe('connected');
  }

  await laptopPage.goto('/account');
  const devices = laptopPage.getByRole('list', { name: 'Signed-in devices' }).getByTestId('device');
  await expect.poll(() => devices.count()).toBe(3);
  await laptopPage.getByRole('button', { name: 'Sign out all other devices' }).click();
  await laptopPage.getByText('Every other device is signed out.').waitFor();
  await expect.poll(() => devices.count()).toBe(1);
  await devices.getByText('This device').waitFor();
  await expect.poll(() => laptopPage.getByRole('button', { name: 'Sign out all other devices' }).count()).toBe(0);
  await auditScreen(laptopPage, 'account-others-signed-out');

  for (const page of [phonePage, tabletPage]) {
    await screenTitle(page, 'Sign in').waitFor();
    await page.getByText('This device was signed out').waitFor();
  }
  // This device is still signed in, and stays so after a reload.
  await laptopPage.reload();
  await screenTitle(laptopPage, 'Account').waitFor();
  await Promise.all([laptop.close(), phone.close(), tablet.close()]);
});
